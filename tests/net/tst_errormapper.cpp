// Tests for ErrorMapper: network errors, HTTP statuses and bodies to categories and messages.
#include "ErrorMapper.h"

#include <QFile>
#include <QTest>

using namespace LicenseDesk;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(LicenseDesk::ErrorCategory)

namespace {

ReplyOutcome outcome(int status, const QByteArray &body = {},
                     const QByteArray &contentType = "application/json") {
    ReplyOutcome result;
    result.method = "GET";
    result.url = QUrl(u"https://crm.example.com:8443/SuperOffice/api/v1/License/SUPEROFFICE"_s);
    result.httpStatus = status;
    result.body = body;
    result.contentType = contentType;
    result.timeout = std::chrono::seconds(30);
    return result;
}

ReplyOutcome failed(QNetworkReply::NetworkError error) {
    ReplyOutcome result = outcome(0);
    result.networkError = error;
    result.networkErrorText = u"low-level text"_s;
    return result;
}

QSslCertificate testCertificate() {
    QFile file(QStringLiteral(NET_TEST_DATA "/selfsigned-cert.pem"));
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(file.readAll(), QSsl::Pem);
}

} // namespace

class TestErrorMapper final : public QObject {
    Q_OBJECT

private slots:
    void mapsHttpStatusToCategory_data();
    void mapsHttpStatusToCategory();
    void quotesServerErrorMessageForNotFound();
    void summarisesHtmlErrorPageByTitle();
    void summarisesBodies_data();
    void summarisesBodies();
    void mapsNetworkErrors_data();
    void mapsNetworkErrors();
    void namesHostAndPortWhenRefused();
    void droppedConnectionWinsOverSuccessStatus();
    void tlsErrorNamesCertificateSubjectIssuerAndFingerprint();
    void badResponseNamesFieldPath();
    void businessRefusalQuotesReason();
    void timeoutCountsSeconds();
};

void TestErrorMapper::mapsHttpStatusToCategory_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorCategory>("category");
    QTest::newRow("200") << 200 << ErrorCategory::None;
    QTest::newRow("204") << 204 << ErrorCategory::None;
    QTest::newRow("400") << 400 << ErrorCategory::HttpError;
    QTest::newRow("401") << 401 << ErrorCategory::Authentication;
    QTest::newRow("403") << 403 << ErrorCategory::Authentication;
    QTest::newRow("404") << 404 << ErrorCategory::NotFound;
    QTest::newRow("405") << 405 << ErrorCategory::HttpError;
    QTest::newRow("421") << 421 << ErrorCategory::Misdirected;
    QTest::newRow("429") << 429 << ErrorCategory::HttpError;
    QTest::newRow("500") << 500 << ErrorCategory::ServerError;
    QTest::newRow("503") << 503 << ErrorCategory::ServerError;
}

void TestErrorMapper::mapsHttpStatusToCategory() {
    QFETCH(int, status);
    QFETCH(ErrorCategory, category);
    const ApiError error = ErrorMapper::fromReply(outcome(status));
    QCOMPARE(error.category, category);
    if (category != ErrorCategory::None) {
        QCOMPARE(error.httpStatus, status);
        QVERIFY(!error.userMessage.isEmpty());
        QVERIFY(error.details.contains(u"crm.example.com"_s));
    }
}

void TestErrorMapper::quotesServerErrorMessageForNotFound() {
    QFile file(QStringLiteral(LICENSEDESK_TEST_DATA "/error-not-found.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ApiError error = ErrorMapper::fromReply(outcome(404, file.readAll()));
    QCOMPARE(error.category, ErrorCategory::NotFound);
    QVERIFY2(error.userMessage.contains(u"Contact id 99999 not found"_s), qPrintable(error.userMessage));
    QVERIFY(error.serverError.has_value());
    QCOMPARE(error.serverError->errorType, u"SoNotFoundException"_s);
    QVERIFY(error.details.contains(u"SoNotFoundException"_s));
}

void TestErrorMapper::summarisesHtmlErrorPageByTitle() {
    const QByteArray page = "<!DOCTYPE html><html><head><title>Runtime Error &amp; more</title>"
                            "<style>body{color:red}</style></head><body><h1>Server Error in '/' Application."
                            "</h1><script>alert(1)</script>" +
                            QByteArray(20000, 'x') + "</body></html>";
    const ApiError error = ErrorMapper::fromReply(outcome(500, page, "text/html; charset=utf-8"));
    QCOMPARE(error.category, ErrorCategory::ServerError);
    QVERIFY2(error.userMessage.contains(u"Runtime Error & more"_s), qPrintable(error.userMessage));
    QVERIFY(!error.userMessage.contains(u'<'));
    QVERIFY(!error.userMessage.contains(u"script"_s));
    QVERIFY(!error.details.contains(u"<html"_s));
    QVERIFY(error.userMessage.size() < 600);
}

void TestErrorMapper::summarisesBodies_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("summary");
    QTest::newRow("empty") << QByteArray() << QByteArray("text/html") << QString();
    QTest::newRow("html heading only")
        << QByteArray("<html><body><h1>Service <b>Unavailable</b></h1></body></html>")
        << QByteArray("text/html") << u"Service Unavailable"_s;
    QTest::newRow("html without headline")
        << QByteArray("<html><body><p>x</p></body></html>") << QByteArray("text/html") << QString();
    QTest::newRow("server error body")
        << QByteArray("{\"ErrorType\":\"SoException\",\"ErrorMessage\":\"Boom\"}")
        << QByteArray("application/json") << u"Boom"_s;
    QTest::newRow("other json") << QByteArray("{\"a\":1}") << QByteArray("application/json") << QString();
    QTest::newRow("plain text first line")
        << QByteArray("Bad gateway\nupstream details") << QByteArray("text/plain") << u"Bad gateway"_s;
    QTest::newRow("binary") << QByteArray("\x01\x02\x03garbage", 10) << QByteArray("application/octet-stream")
                            << QString();
}

void TestErrorMapper::summarisesBodies() {
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, summary);
    QCOMPARE(ErrorMapper::summariseBody(body, contentType), summary);
}

void TestErrorMapper::mapsNetworkErrors_data() {
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<ErrorCategory>("category");
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << ErrorCategory::CannotConnect;
    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << ErrorCategory::CannotConnect;
    QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << ErrorCategory::CannotConnect;
    QTest::newRow("unreachable") << QNetworkReply::TemporaryNetworkFailureError
                                 << ErrorCategory::CannotConnect;
    QTest::newRow("socket timeout") << QNetworkReply::TimeoutError << ErrorCategory::Timeout;
    QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << ErrorCategory::Timeout;
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << ErrorCategory::Tls;
    QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << ErrorCategory::CannotConnect;
    QTest::newRow("protocol") << QNetworkReply::ProtocolFailure << ErrorCategory::BadResponse;
    QTest::newRow("redirects") << QNetworkReply::TooManyRedirectsError << ErrorCategory::HttpError;
}

void TestErrorMapper::mapsNetworkErrors() {
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(ErrorCategory, category);
    const ApiError error = ErrorMapper::fromReply(failed(networkError));
    QCOMPARE(error.category, category);
    QVERIFY(!error.userMessage.isEmpty());
}

void TestErrorMapper::namesHostAndPortWhenRefused() {
    const ApiError error = ErrorMapper::fromReply(failed(QNetworkReply::ConnectionRefusedError));
    QVERIFY2(error.userMessage.contains(u"crm.example.com"_s), qPrintable(error.userMessage));
    QVERIFY(error.userMessage.contains(u"8443"_s));
}

void TestErrorMapper::droppedConnectionWinsOverSuccessStatus() {
    ReplyOutcome dropped = outcome(200, "{\"Reason\":");
    dropped.networkError = QNetworkReply::RemoteHostClosedError;
    QCOMPARE(ErrorMapper::fromReply(dropped).category, ErrorCategory::CannotConnect);
}

void TestErrorMapper::tlsErrorNamesCertificateSubjectIssuerAndFingerprint() {
    const QSslCertificate certificate = testCertificate();
    QVERIFY(!certificate.isNull());
    ReplyOutcome tls = failed(QNetworkReply::SslHandshakeFailedError);
    tls.sslErrors = {QSslError(QSslError::SelfSignedCertificate, certificate)};
    tls.peerChain = {certificate};
    const ApiError error = ErrorMapper::fromReply(tls);
    QCOMPARE(error.category, ErrorCategory::Tls);
    const QString fingerprint = QString::fromLatin1(certificateFingerprint(certificate));
    QVERIFY2(error.userMessage.contains(fingerprint), qPrintable(error.userMessage));
    QVERIFY(error.userMessage.contains(u"crm.example.test"_s));
    QVERIFY(error.userMessage.contains(certificate.issuerDisplayName()));
    QVERIFY(error.details.contains(fingerprint));
    QCOMPARE(error.certificateChain.size(), 1);
    QCOMPARE(error.certificateChain.first(), certificate);
}

void TestErrorMapper::badResponseNamesFieldPath() {
    const ApiError error = ErrorMapper::badResponse(
        ParseError{u"ExtendedModuleLicenses[3].NumberOfLicensesInUse"_s, u"expected a number"_s});
    QCOMPARE(error.category, ErrorCategory::BadResponse);
    QVERIFY(error.details.contains(u"ExtendedModuleLicenses[3].NumberOfLicensesInUse"_s));
    QVERIFY(error.userMessage.contains(u"ExtendedModuleLicenses[3].NumberOfLicensesInUse"_s));
}

void TestErrorMapper::businessRefusalQuotesReason() {
    const ApiError error = ErrorMapper::businessRefusal(u"Serial number is blocked"_s);
    QCOMPARE(error.category, ErrorCategory::BusinessRefusal);
    QVERIFY(error.userMessage.contains(u"Serial number is blocked"_s));
    QVERIFY(!ErrorMapper::businessRefusal(QString()).userMessage.isEmpty());
}

void TestErrorMapper::timeoutCountsSeconds() {
    const ApiError error =
        ErrorMapper::timeout("GET", QUrl(u"https://crm.example.com/api"_s), std::chrono::seconds(45));
    QCOMPARE(error.category, ErrorCategory::Timeout);
    QVERIFY2(error.userMessage.contains(u"45 second"_s), qPrintable(error.userMessage));
    QVERIFY(error.userMessage.contains(u"crm.example.com"_s));
}

QTEST_GUILESS_MAIN(TestErrorMapper)
#include "tst_errormapper.moc"

// Tests for LicenseClient failures against a real HTTP peer: every error category, caps, redirects.
#include "JobWaiter.h"
#include "LicenseClient.h"
#include "LoopbackPeer.h"
#include "TestData.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray ownerPath = "/SuperOffice/api/v1/License/SUPEROFFICE";

} // namespace

class TestLicenseClientErrors final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusedPortIsCannotConnectNamingHostAndPort();
    void unauthorisedIsAuthentication();
    void forbiddenIsAuthentication();
    void notFoundQuotesServerErrorMessage();
    void misdirectedTellsTenantMoved();
    void serverErrorHtmlIsSummarisedNotDumped();
    void unexpectedStatusIsHttpError();
    void malformedJsonIsBadResponse();
    void wrongFieldTypeNamesFieldPath();
    void declaredLengthOverCapIsRefusedUpFront();
    void streamedBodyOverCapIsAborted();
    void bodyAtCapIsAccepted();
    void stalledServerTimesOut();
    void connectionDroppedMidBodyIsCannotConnect();
    void shortBodyForDeclaredLengthIsCannotConnect();
    void sameOriginRedirectIsFollowedWithCredentials();
    void redirectToOtherPortIsRefusedWithoutSendingCredentials();
    void redirectToOtherHostNameIsRefused();

private:
    LicenseJob *fetchOwner() { return m_client->fetchOwner(u"SUPEROFFICE"_s); }
    void useSettings(const std::function<void(ConnectionSettings &)> &change);

    std::unique_ptr<LoopbackPeer> m_peer;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LicenseClient> m_client;
};

void TestLicenseClientErrors::init() {
    m_peer = std::make_unique<LoopbackPeer>();
    QVERIFY(m_peer->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<LicenseClient>(m_network.get());
    useSettings([](ConnectionSettings &) {});
}

void TestLicenseClientErrors::cleanup() {
    m_client.reset();
    m_network.reset();
    m_peer.reset();
}

void TestLicenseClientErrors::useSettings(const std::function<void(ConnectionSettings &)> &change) {
    ConnectionSettings settings;
    settings.apiRoot = m_peer->url(u"/SuperOffice/api"_s);
    settings.auth = AuthMethod::Bearer;
    settings.secret = u"8A:Cust1.token"_s;
    settings.timeout = std::chrono::seconds(10);
    change(settings);
    m_client->setSettings(settings);
}

void TestLicenseClientErrors::refusedPortIsCannotConnectNamingHostAndPort() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 freePort = probe.serverPort();
    probe.close();
    useSettings([&](ConnectionSettings &s) {
        s.apiRoot = QUrl(u"http://127.0.0.1:%1/SuperOffice/api"_s.arg(freePort));
    });
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::CannotConnect);
    QVERIFY2(outcome.error().userMessage.contains(u"127.0.0.1"_s), qPrintable(outcome.error().userMessage));
    QVERIFY(outcome.error().userMessage.contains(QString::number(freePort)));
    QVERIFY(!outcome.sent);
}

void TestLicenseClientErrors::unauthorisedIsAuthentication() {
    m_peer->route(ownerPath,
                  PeerReply::json(
                      "{\"ErrorType\":\"SoAuthException\",\"ErrorMessage\":\"Ticket expired\"}", 401));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::Authentication);
    QCOMPARE(outcome.error().httpStatus, 401);
    QVERIFY(!outcome.error().userMessage.contains(u"8A:Cust1.token"_s));
}

void TestLicenseClientErrors::forbiddenIsAuthentication() {
    m_peer->route(ownerPath, PeerReply::json("{}", 403));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::Authentication);
    QCOMPARE(outcome.error().httpStatus, 403);
}

void TestLicenseClientErrors::notFoundQuotesServerErrorMessage() {
    m_peer->route(ownerPath, PeerReply::json(TestFixtures::bytes("error-not-found.json"), 404));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::NotFound);
    QVERIFY2(outcome.error().userMessage.contains(u"Contact id 99999 not found"_s),
             qPrintable(outcome.error().userMessage));
    QVERIFY(outcome.error().serverError.has_value());
    QCOMPARE(outcome.error().serverError->errorType, u"SoNotFoundException"_s);
}

void TestLicenseClientErrors::misdirectedTellsTenantMoved() {
    m_peer->route(ownerPath, PeerReply::json(
                                 "{\"ErrorMessage\":\"Wrong subdomain used to access tenant\"}", 421));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::Misdirected);
    QCOMPARE(outcome.error().httpStatus, 421);
}

void TestLicenseClientErrors::serverErrorHtmlIsSummarisedNotDumped() {
    const QByteArray page = "<html><head><title>Runtime Error</title></head><body><h2>Server Error</h2>"
                            "<pre>at SuperOffice.Stack.Trace()</pre>" +
                            QByteArray(50000, ' ') + "</body></html>";
    m_peer->route(ownerPath, PeerReply::html(page, 500));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::ServerError);
    QCOMPARE(outcome.error().httpStatus, 500);
    QVERIFY2(outcome.error().userMessage.contains(u"Runtime Error"_s),
             qPrintable(outcome.error().userMessage));
    QVERIFY(!outcome.error().userMessage.contains(u"<"_s));
    QVERIFY(!outcome.error().userMessage.contains(u"Stack.Trace"_s));
}

void TestLicenseClientErrors::unexpectedStatusIsHttpError() {
    m_peer->route(ownerPath, PeerReply::json("{\"ErrorMessage\":\"Only POST\"}", 405));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::HttpError);
    QCOMPARE(outcome.error().httpStatus, 405);
    QVERIFY(outcome.error().userMessage.contains(u"405"_s));
}

void TestLicenseClientErrors::malformedJsonIsBadResponse() {
    m_peer->route(ownerPath, PeerReply::json("{\"Reason\": \"\", \"CanBeActivated\": tru"));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::BadResponse);
    QVERIFY(!outcome.result->value.has_value());
    QVERIFY(outcome.error().details.contains(u"/SuperOffice/api/v1/License/SUPEROFFICE"_s));
}

void TestLicenseClientErrors::wrongFieldTypeNamesFieldPath() {
    m_peer->route(ownerPath,
                  PeerReply::json("{\"ExtendedModuleLicenses\":[{\"NumberOfLicensesInUse\":3},"
                                         "{\"NumberOfLicensesInUse\":\"many\"}]}"));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::BadResponse);
    QVERIFY2(outcome.error().details.contains(u"ExtendedModuleLicenses[1].NumberOfLicensesInUse"_s),
             qPrintable(outcome.error().details));
}

void TestLicenseClientErrors::declaredLengthOverCapIsRefusedUpFront() {
    useSettings([](ConnectionSettings &s) { s.maxResponseBytes = 4096; });
    // The peer announces 50 MB but sends little and keeps the connection open: only the up-front
    // Content-Length check can end this before the timeout.
    PeerReply huge = PeerReply::json("{\"Reason\":\"");
    huge.declaredLength = 50LL * 1024 * 1024;
    m_peer->route(ownerPath, huge);
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::TooLarge);
    QVERIFY(!outcome.error().userMessage.isEmpty());
}

void TestLicenseClientErrors::streamedBodyOverCapIsAborted() {
    useSettings([](ConnectionSettings &s) { s.maxResponseBytes = 100 * 1024; });
    PeerReply stream = PeerReply::stream(64LL * 1024 * 1024, false); // far more than the cap
    stream.body = "{\"Reason\":\"";
    m_peer->route(ownerPath, stream);
    qint64 largestProgress = 0;
    LicenseJob *job = fetchOwner();
    connect(job, &ApiJob::downloadProgress, this,
            [&](qint64 received, qint64) { largestProgress = received; });
    const auto outcome = waitFor(job);
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::TooLarge);
    QVERIFY2(largestProgress < 8LL * 1024 * 1024, QByteArray::number(largestProgress).constData());
}

void TestLicenseClientErrors::bodyAtCapIsAccepted() {
    const QByteArray body = TestFixtures::bytes("license-superoffice.json");
    useSettings([&](ConnectionSettings &s) { s.maxResponseBytes = body.size(); });
    m_peer->route(ownerPath, PeerReply::json(body));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.error().userMessage));
}

void TestLicenseClientErrors::stalledServerTimesOut() {
    useSettings([](ConnectionSettings &s) { s.timeout = std::chrono::milliseconds(300); });
    m_peer->route(ownerPath, PeerReply::stall());
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::Timeout);
    QVERIFY(!outcome.error().userMessage.isEmpty());
    QVERIFY(outcome.sent);
}

void TestLicenseClientErrors::connectionDroppedMidBodyIsCannotConnect() {
    m_peer->route(ownerPath, PeerReply::dropMidBody(TestFixtures::bytes("license-superoffice.json")));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::CannotConnect);
    QVERIFY(outcome.sent);
}

void TestLicenseClientErrors::shortBodyForDeclaredLengthIsCannotConnect() {
    PeerReply lying = PeerReply::json("{}");
    lying.declaredLength = 1000;
    lying.closeAfterBody = true;
    m_peer->route(ownerPath, lying);
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::CannotConnect);
}

void TestLicenseClientErrors::sameOriginRedirectIsFollowedWithCredentials() {
    m_peer->route(ownerPath, PeerReply::redirect(302, "/Moved/api/v1/License/SUPEROFFICE"));
    m_peer->route("/Moved/api/v1/License/SUPEROFFICE",
                  PeerReply::json(TestFixtures::bytes("license-superoffice.json")));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.error().userMessage));
    QCOMPARE(m_peer->requests().size(), 2);
    QCOMPARE(m_peer->requests().at(1).path(), QByteArray("/Moved/api/v1/License/SUPEROFFICE"));
    QCOMPARE(m_peer->requests().at(1).header("Authorization"), QByteArray("Bearer 8A:Cust1.token"));
}

void TestLicenseClientErrors::redirectToOtherPortIsRefusedWithoutSendingCredentials() {
    LoopbackPeer other;
    QVERIFY(other.listen());
    other.setFallback(PeerReply::json(TestFixtures::bytes("license-superoffice.json")));
    m_peer->route(ownerPath,
                  PeerReply::redirect(307, other.url(QString::fromLatin1(ownerPath)).toEncoded()));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::HttpError);
    QVERIFY(outcome.error().userMessage.contains(QString::number(other.port())));
    // The job aborted the reply instead of allowing the redirect, so QtNetwork can never follow it.
    QVERIFY(other.requests().isEmpty());
    QCOMPARE(m_peer->requests().size(), 1);
}

void TestLicenseClientErrors::redirectToOtherHostNameIsRefused() {
    const QByteArray elsewhere = "http://localhost:" + QByteArray::number(m_peer->port()) + ownerPath + "X";
    m_peer->route(ownerPath, PeerReply::redirect(301, elsewhere));
    m_peer->route(ownerPath + "X", PeerReply::json(TestFixtures::bytes("license-superoffice.json")));
    const auto outcome = waitFor(fetchOwner());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::HttpError);
    QCOMPARE(outcome.error().httpStatus, 301);
    QCOMPARE(m_peer->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestLicenseClientErrors)
#include "tst_licenseclienterrors.moc"

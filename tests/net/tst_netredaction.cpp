// Tests for the network layer's safety helpers: secret redaction, redirect origin, fingerprints.
#include "ApiError.h"
#include "Redaction.h"
#include "RedirectPolicy.h"

#include <QFile>
#include <QTest>

using namespace LicenseDesk;
using namespace Qt::StringLiterals;

class TestNetRedaction final : public QObject {
    Q_OBJECT

private slots:
    void hidesSecretHeaderValues_data();
    void hidesSecretHeaderValues();
    void hidesUserInfoAndTokenQueryItemsInUrls();
    void replacesEveryOccurrenceOfASecret();
    void followsOnlySameOriginRedirects_data();
    void followsOnlySameOriginRedirects();
    void effectivePortDefaultsByScheme();
    void fingerprintIsLowerHexSha256();
};

void TestNetRedaction::hidesSecretHeaderValues_data() {
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow("Authorization") << QByteArray("Authorization") << true;
    QTest::newRow("lower-case authorization") << QByteArray("authorization") << true;
    QTest::newRow("Proxy-Authorization") << QByteArray("Proxy-Authorization") << true;
    QTest::newRow("SO-AppToken") << QByteArray("SO-AppToken") << true;
    QTest::newRow("Cookie") << QByteArray("Cookie") << true;
    QTest::newRow("X-XSRF-TOKEN") << QByteArray("X-XSRF-TOKEN") << true;
    QTest::newRow("Accept") << QByteArray("Accept") << false;
    QTest::newRow("SO-Language") << QByteArray("SO-Language") << false;
    QTest::newRow("User-Agent") << QByteArray("User-Agent") << false;
}

void TestNetRedaction::hidesSecretHeaderValues() {
    QFETCH(QByteArray, name);
    QFETCH(bool, secret);
    const QByteArray value = "Basic YWRtaW46c2VjcmV0";
    QCOMPARE(isSecretHeader(name), secret);
    QCOMPARE(redactedHeaderValue(name, value), secret ? QByteArray(redactedMarker) : value);
}

void TestNetRedaction::hidesUserInfoAndTokenQueryItemsInUrls() {
    const QString safe = redactedUrl(
        QUrl(u"https://admin:hunter2@crm.example.com/SuperOffice/api/v1/License?ticket=7T:abc&owner=X"_s));
    QVERIFY(!safe.contains(u"hunter2"_s));
    QVERIFY(!safe.contains(u"admin"_s));
    QVERIFY(!safe.contains(u"7T:abc"_s));
    QVERIFY(safe.contains(u"owner=X"_s));
    QVERIFY(safe.contains(u"crm.example.com/SuperOffice/api/v1/License"_s));
}

void TestNetRedaction::replacesEveryOccurrenceOfASecret() {
    const QString text =
        redactSecrets(u"token abc123 then abc123 again, app xyz"_s, {u"abc123"_s, QString(), u"xyz"_s});
    QVERIFY(!text.contains(u"abc123"_s));
    QVERIFY(!text.contains(u"xyz"_s));
    QCOMPARE(text.count(QString::fromLatin1(redactedMarker)), 3);
}

void TestNetRedaction::followsOnlySameOriginRedirects_data() {
    QTest::addColumn<QString>("origin");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("allowed");
    const QString https = u"https://crm.example.com/SuperOffice/api/v1/License"_s;
    QTest::newRow("same origin, other path")
        << https << u"https://crm.example.com/Other/api/v1/License"_s << true;
    QTest::newRow("explicit default port")
        << https << u"https://crm.example.com:443/SuperOffice/api"_s << true;
    QTest::newRow("host case differs") << https << u"https://CRM.example.com/SuperOffice/api"_s << true;
    QTest::newRow("https to http") << https << u"http://crm.example.com/SuperOffice/api"_s << false;
    QTest::newRow("http to https") << u"http://crm.example.com/api"_s << u"https://crm.example.com/api"_s
                                   << false;
    QTest::newRow("other host") << https << u"https://evil.example.net/SuperOffice/api"_s << false;
    QTest::newRow("sub-domain") << https << u"https://a.crm.example.com/SuperOffice/api"_s << false;
    QTest::newRow("other port") << https << u"https://crm.example.com:8443/SuperOffice/api"_s << false;
    QTest::newRow("other scheme") << https << u"ftp://crm.example.com/SuperOffice/api"_s << false;
}

void TestNetRedaction::followsOnlySameOriginRedirects() {
    QFETCH(QString, origin);
    QFETCH(QString, target);
    QFETCH(bool, allowed);
    QCOMPARE(isSameOrigin(QUrl(origin), QUrl(target)), allowed);
}

void TestNetRedaction::effectivePortDefaultsByScheme() {
    QCOMPARE(effectivePort(QUrl(QStringLiteral("https://crm.example.com/SuperOffice"))), 443);
    QCOMPARE(effectivePort(QUrl(QStringLiteral("http://crm.example.com/SuperOffice"))), 80);
    QCOMPARE(effectivePort(QUrl(QStringLiteral("https://crm.example.com:8443/api"))), 8443);
    QCOMPARE(effectivePort(QUrl(QStringLiteral("http://127.0.0.1:8765/api"))), 8765);
}

void TestNetRedaction::fingerprintIsLowerHexSha256() {
    QFile file(QStringLiteral(NET_TEST_DATA "/selfsigned-cert.pem"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(file.readAll(), QSsl::Pem);
    QVERIFY(!certificate.isNull());
    // openssl x509 -noout -fingerprint -sha256, lower-cased without colons.
    QCOMPARE(certificateFingerprint(certificate),
             QByteArray("cee5f4aa6d9b4197aa7191399a1e04a4663f083afe824c5cba07294d0dfd8230"));
    QVERIFY(certificateFingerprint(QSslCertificate()).isEmpty());
}

QTEST_GUILESS_MAIN(TestNetRedaction)
#include "tst_netredaction.moc"

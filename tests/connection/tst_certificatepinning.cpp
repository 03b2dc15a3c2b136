// Certificate pinning against a self-signed HTTPS server on loopback: untrusted fails with the
// chain, the pinned fingerprint succeeds, any other fingerprint still fails; the connection test
// reports the same, step by step.
#include "ApiError.h"
#include "ConnectionTester.h"
#include "LicenseClient.h"
#include "LoopbackPeer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Testing;

class TestCertificatePinning final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void untrustedCertificateFailsWithTlsAndItsChain();
    void pinnedFingerprintLetsTheSameCallSucceed();
    void otherFingerprintStillFails();
    void testerReportsUntrustedCertificateAtTlsStep();
    void testerPassesEveryStepWithPinnedCertificate();
    void testerSkipsTlsForPlainHttp();
    void testerCancelStopsAtOnce();

private:
    ConnectionSettings settingsFor(const LoopbackPeer &server) const;
    ApiResult<QList<ExtendedLicenseInfo>> fetchOwners(const ConnectionSettings &settings);

    QByteArray m_body;
    std::optional<SelfSignedCertificate> m_certificate;
    QByteArray m_fingerprint;
    QNetworkAccessManager m_network;
};

void TestCertificatePinning::initTestCase() {
    QFile file(QStringLiteral(LICENSEDESK_TEST_DATA "/license-all-owners.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_body = file.readAll();
    QString error;
    m_certificate = SelfSignedCertificate::generate(&error);
    if (!m_certificate && QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed");
    QVERIFY2(m_certificate, qPrintable(error));
    m_fingerprint = m_certificate->certificate.digest(QCryptographicHash::Sha256).toHex();
}

ConnectionSettings TestCertificatePinning::settingsFor(const LoopbackPeer &server) const {
    ConnectionSettings settings;
    settings.apiRoot = QUrl(server.apiRoot());
    settings.auth = AuthMethod::Basic;
    settings.user = QStringLiteral("admin");
    settings.secret = QStringLiteral("pw");
    settings.timeout = std::chrono::seconds(20);
    settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    return settings;
}

ApiResult<QList<ExtendedLicenseInfo>>
TestCertificatePinning::fetchOwners(const ConnectionSettings &settings) {
    LicenseClient client(&m_network);
    client.setSettings(settings);
    OwnersJob *job = client.fetchAllOwners();
    ApiResult<QList<ExtendedLicenseInfo>> result;
    bool done = false;
    connect(job, &ApiJob::finished, this, [&] {
        result = job->result();
        done = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 30000); }();
    return result;
}

void TestCertificatePinning::untrustedCertificateFailsWithTlsAndItsChain() {
    LoopbackPeer server(*m_certificate);
    server.setFallback(PeerReply::json(m_body));
    QVERIFY(server.listen());
    const ApiResult<QList<ExtendedLicenseInfo>> result = fetchOwners(settingsFor(server));
    QVERIFY(!result.ok());
    QCOMPARE(result.error.category, ErrorCategory::Tls);
    QVERIFY(!result.error.userMessage.isEmpty());
    QVERIFY(!result.error.certificateChain.isEmpty());
    QCOMPARE(certificateFingerprint(result.error.certificateChain.constFirst()), m_fingerprint);
    QCOMPARE(server.requests().size(), 0);
}

void TestCertificatePinning::pinnedFingerprintLetsTheSameCallSucceed() {
    LoopbackPeer server(*m_certificate);
    server.setFallback(PeerReply::json(m_body));
    QVERIFY(server.listen());
    ConnectionSettings settings = settingsFor(server);
    settings.trustedCertificates = {m_fingerprint};
    const ApiResult<QList<ExtendedLicenseInfo>> result = fetchOwners(settings);
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage + QLatin1Char(' ') + result.error.details));
    QCOMPARE(result.value->size(), 2);
    QCOMPARE(server.requests().size(), 1);
}

void TestCertificatePinning::otherFingerprintStillFails() {
    LoopbackPeer server(*m_certificate);
    server.setFallback(PeerReply::json(m_body));
    QVERIFY(server.listen());
    ConnectionSettings settings = settingsFor(server);
    QByteArray other = m_fingerprint;
    other[0] = other.at(0) == 'a' ? 'b' : 'a';
    settings.trustedCertificates = {other, QByteArray(64, '0')};
    const ApiResult<QList<ExtendedLicenseInfo>> result = fetchOwners(settings);
    QVERIFY(!result.ok());
    QCOMPARE(result.error.category, ErrorCategory::Tls);
    QCOMPARE(server.requests().size(), 0);
}

void TestCertificatePinning::testerReportsUntrustedCertificateAtTlsStep() {
    LoopbackPeer server(*m_certificate);
    server.setFallback(PeerReply::json(m_body));
    QVERIFY(server.listen());
    ConnectionTester tester(&m_network);
    QSignalSpy steps(&tester, &ConnectionTester::stepChanged);
    QSignalSpy problem(&tester, &ConnectionTester::certificateProblem);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(settingsFor(server));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    const QList<QVariant> last = steps.constLast();
    QCOMPARE(last.at(0).value<ConnectionTester::Step>(), ConnectionTester::Step::Tls);
    QCOMPARE(last.at(1).value<ConnectionTester::Outcome>(), ConnectionTester::Outcome::Failed);
    QCOMPARE(problem.count(), 1);
    const auto chain = problem.constFirst().at(0).value<QList<QSslCertificate>>();
    QVERIFY(!chain.isEmpty());
    QCOMPARE(certificateFingerprint(chain.constFirst()), m_fingerprint);
    QVERIFY(!problem.constFirst().at(1).value<QList<QSslError>>().isEmpty());
}

void TestCertificatePinning::testerPassesEveryStepWithPinnedCertificate() {
    LoopbackPeer server(*m_certificate);
    server.setFallback(PeerReply::json(m_body));
    QVERIFY(server.listen());
    ConnectionSettings settings = settingsFor(server);
    settings.trustedCertificates = {m_fingerprint};
    ConnectionTester tester(&m_network);
    QSignalSpy steps(&tester, &ConnectionTester::stepChanged);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(settings);
    QVERIFY(finished.wait(30000));
    QList<ConnectionTester::Step> passed;
    QString authText;
    for (const QList<QVariant> &step : std::as_const(steps)) {
        if (step.at(1).value<ConnectionTester::Outcome>() == ConnectionTester::Outcome::Passed)
            passed.append(step.at(0).value<ConnectionTester::Step>());
        if (step.at(0).value<ConnectionTester::Step>() == ConnectionTester::Step::Authenticate)
            authText = step.at(2).toString();
    }
    QCOMPARE(passed, (QList<ConnectionTester::Step>{
                         ConnectionTester::Step::Resolve, ConnectionTester::Step::Connect,
                         ConnectionTester::Step::Tls, ConnectionTester::Step::Authenticate}));
    QVERIFY2(authText.contains(QLatin1String("2 owner")), qPrintable(authText));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
}

void TestCertificatePinning::testerSkipsTlsForPlainHttp() {
    LoopbackPeer server;
    server.setFallback(PeerReply::json(m_body));
    QVERIFY(server.listen());
    ConnectionTester tester(&m_network);
    QSignalSpy steps(&tester, &ConnectionTester::stepChanged);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(settingsFor(server));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    bool tlsSkipped = false;
    for (const QList<QVariant> &step : std::as_const(steps)) {
        if (step.at(0).value<ConnectionTester::Step>() == ConnectionTester::Step::Tls)
            tlsSkipped = step.at(1).value<ConnectionTester::Outcome>() == ConnectionTester::Outcome::Skipped;
    }
    QVERIFY(tlsSkipped);
}

void TestCertificatePinning::testerCancelStopsAtOnce() {
    LoopbackPeer server;
    server.setFallback(PeerReply::json(m_body));
    QVERIFY(server.listen());
    ConnectionTester tester(&m_network);
    QSignalSpy steps(&tester, &ConnectionTester::stepChanged);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(settingsFor(server));
    QVERIFY(tester.isRunning());
    tester.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY(!tester.isRunning());
    QCOMPARE(steps.constLast().at(1).value<ConnectionTester::Outcome>(), ConnectionTester::Outcome::Failed);
    // A second run to its end: a late lookup or socket answer of the cancelled run would have
    // reported a step or a second finish of its own by then.
    tester.start(settingsFor(server));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 2);
    QCOMPARE(finished.constLast().at(0).toBool(), true);
}

QTEST_GUILESS_MAIN(TestCertificatePinning)
#include "tst_certificatepinning.moc"

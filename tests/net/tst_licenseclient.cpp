// Tests for LicenseClient against a real HTTP peer: paths, bodies, headers, activation, concurrency.
#include "JobWaiter.h"
#include "LicenseClient.h"
#include "LoopbackPeer.h"
#include "TestData.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(LicenseDesk::AuthMethod)

namespace {

constexpr char root[] = "/SuperOffice/api";

QByteArray apiPath(const char *tail) {
    return QByteArray(root) + tail;
}

QStringList capturedLog;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message) {
    capturedLog.append(message);
}

QLoggingCategory::CategoryFilter defaultFilter = nullptr;

// Turns on every level of licensedesk.net, whatever QT_LOGGING_RULES says.
void enableNetLogging(QLoggingCategory *category) {
    if (defaultFilter)
        defaultFilter(category);
    if (qstrcmp(category->categoryName(), "licensedesk.net") == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

} // namespace

class TestLicenseClient final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eachCallUsesItsMethodPathAndBody_data();
    void eachCallUsesItsMethodPathAndBody();
    void fetchAllOwnersParsesEveryOwner();
    void fetchOwnerParsesLicenseAndKeepsRawBytes();
    void fetchModuleParsesModuleLicense();
    void nullBodyMeansNothingWasFound();
    void ownerIsTheOneAskedForWhenNeitherLicenseCame();
    void fetchLicenseServerStatusParsesStatus();
    void fetchShopUrlReadsJsonString();
    void fetchShopUrlRefusesAnythingButAWebAddress_data();
    void fetchShopUrlRefusesAnythingButAWebAddress();
    void sendsLanguageCultureAndUserAgent();
    void cultureDefaultsToLanguage();
    void omitsLanguageHeadersWhenUnset();
    void sendsAuthorizationForEachScheme_data();
    void sendsAuthorizationForEachScheme();
    void sendsAppTokenWhenSet();
    void requestHeadersMatchWhatIsSent();
    void activationSendsRawJsonByteForByte();
    void activationOfBlockedCandidateIsNeverSent();
    void activationWithoutRawJsonIsNeverSent();
    void activationRefusedByServerKeepsResult();
    void callWithoutApiRootFinishesWithInvalidRequest();
    void twentyConcurrentCallsAllComplete();
    void cancelFinishesOnceWithCancelled();
    void cancelOfLocallyRefusedJobFinishesOnce();
    void logsNeverContainSecrets();
    void sendsThroughExplicitProxy();
    void jobEndsWhenItsAccessManagerGoesAway();
    void clientMayBeDeletedFromFinishedSlot();

private:
    ConnectionSettings baseSettings() const;
    void useSettings(const ConnectionSettings &settings) { m_client->setSettings(settings); }
    void verifyNothingWasSent();

    std::unique_ptr<LoopbackPeer> m_peer;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LicenseClient> m_client;
};

ConnectionSettings TestLicenseClient::baseSettings() const {
    ConnectionSettings settings;
    settings.apiRoot = m_peer->url(QString::fromLatin1(root));
    settings.auth = AuthMethod::Basic;
    settings.user = u"admin"_s;
    settings.secret = u"pässword"_s;
    settings.timeout = std::chrono::seconds(10);
    return settings;
}

/// A request made after a local refusal is the first the peer sees: nothing went out before it.
void TestLicenseClient::verifyNothingWasSent() {
    m_peer->setFallback(PeerReply::json(TestFixtures::bytes("license-superoffice.json")));
    const auto barrier = waitFor(m_client->fetchOwner(u"SUPEROFFICE"_s));
    QVERIFY(barrier.result && barrier.result->ok());
    QCOMPARE(m_peer->requests().size(), 1);
    QCOMPARE(m_peer->requests().first().method, QByteArray("GET"));
}

void TestLicenseClient::init() {
    m_peer = std::make_unique<LoopbackPeer>();
    QVERIFY(m_peer->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<LicenseClient>(m_network.get());
    useSettings(baseSettings());
}

void TestLicenseClient::cleanup() {
    m_client.reset();
    m_network.reset();
    m_peer.reset();
}

void TestLicenseClient::eachCallUsesItsMethodPathAndBody_data() {
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");
    const QByteArray agent = apiPath("/v1/Agents/License/");
    QTest::newRow("all owners") << u"allOwners"_s << QByteArray("GET") << apiPath("/v1/License")
                                << QByteArray();
    QTest::newRow("owner") << u"owner"_s << QByteArray("GET") << apiPath("/v1/License/SUPEROFFICE")
                           << QByteArray();
    QTest::newRow("owner encoded") << u"ownerEncoded"_s << QByteArray("GET")
                                   << apiPath("/v1/License/ACME%20DOCS%2F1%3F") << QByteArray();
    QTest::newRow("module") << u"module"_s << QByteArray("GET")
                            << apiPath("/v1/License/SUPEROFFICE/ten-sales") << QByteArray();
    QTest::newRow("shop url") << u"shopUrl"_s << QByteArray("GET")
                              << apiPath("/v1/License/SUPEROFFICE/ShopUrl") << QByteArray();
    QTest::newRow("status") << u"status"_s << QByteArray("POST")
                            << agent + "GetLicenseStatusFromLicenseServer"
                            << QByteArray("{\"OwnerName\":\"SUPEROFFICE\"}");
    QTest::newRow("from server") << u"fromServer"_s << QByteArray("POST")
                                 << agent + "GetLicenseFromLicenseServer"
                                 << QByteArray("{\"OwnerName\":\"SUPEROFFICE\"}");
    QTest::newRow("preview file") << u"previewFile"_s << QByteArray("POST") << agent + "GetLicenseFromFile"
                                  << QByteArray("{\"FileContent\":\"<lic a=\\\"1\\\"/>\\nline 2\"}");
    QTest::newRow("add file") << u"addFile"_s << QByteArray("POST") << agent + "AddLicenseFromFile"
                              << QByteArray("{\"FileContent\":\"<lic a=\\\"1\\\"/>\\nline 2\"}");
}

void TestLicenseClient::eachCallUsesItsMethodPathAndBody() {
    QFETCH(QString, call);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    m_peer->setFallback(PeerReply::json("{}"));
    const QString file = u"<lic a=\"1\"/>\nline 2"_s;
    ApiJob *job = nullptr;
    if (call == "allOwners"_L1)
        job = m_client->fetchAllOwners();
    else if (call == "owner"_L1)
        job = m_client->fetchOwner(u"SUPEROFFICE"_s);
    else if (call == "ownerEncoded"_L1)
        job = m_client->fetchOwner(u"ACME DOCS/1?"_s);
    else if (call == "module"_L1)
        job = m_client->fetchModule(u"SUPEROFFICE"_s, u"ten-sales"_s);
    else if (call == "shopUrl"_L1)
        job = m_client->fetchShopUrl(u"SUPEROFFICE"_s);
    else if (call == "status"_L1)
        job = m_client->fetchLicenseServerStatus(u"SUPEROFFICE"_s);
    else if (call == "fromServer"_L1)
        job = m_client->fetchLicenseFromLicenseServer(u"SUPEROFFICE"_s);
    else if (call == "previewFile"_L1)
        job = m_client->previewLicenseFile(file);
    else if (call == "addFile"_L1)
        job = m_client->addLicenseFromFile(file);
    QVERIFY(job);
    QSignalSpy finished(job, &ApiJob::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(m_peer->requests().size(), 1);
    const PeerRequest &request = m_peer->requests().first();
    QCOMPARE(request.method, method);
    QCOMPARE(request.target, target);
    QCOMPARE(request.body, body);
    if (method == "POST")
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
}

void TestLicenseClient::fetchAllOwnersParsesEveryOwner() {
    m_peer->route(apiPath("/v1/License"),
                  PeerReply::json(TestFixtures::bytes("license-all-owners.json")));
    const auto outcome = waitFor(m_client->fetchAllOwners());
    QVERIFY(outcome.result);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.error().userMessage));
    QCOMPARE(outcome.result->value->size(), 2);
    QCOMPARE(outcome.finishedCount, 1);
    QVERIFY(outcome.deleted);
    QVERIFY(outcome.sent);
}

void TestLicenseClient::fetchOwnerParsesLicenseAndKeepsRawBytes() {
    const QByteArray body = TestFixtures::bytes("license-superoffice.json");
    m_peer->route(apiPath("/v1/License/SUPEROFFICE"), PeerReply::json(body));
    const auto outcome = waitFor(m_client->fetchOwner(u"SUPEROFFICE"_s));
    QVERIFY(outcome.result && outcome.result->ok());
    QCOMPARE(outcome.result->value->ownerName(), u"SUPEROFFICE"_s);
    QVERIFY(!outcome.result->value->extendedModuleLicenses.isEmpty());
    QCOMPARE(outcome.result->value->rawJson, body);
}

void TestLicenseClient::fetchModuleParsesModuleLicense() {
    m_peer->route(apiPath("/v1/License/SUPEROFFICE/ten-sales"),
                  PeerReply::json(TestFixtures::bytes("module-license-superoffice-ten-sales.json")));
    const auto outcome = waitFor(m_client->fetchModule(u"SUPEROFFICE"_s, u"ten-sales"_s));
    QVERIFY(outcome.result && outcome.result->ok());
    QCOMPARE(outcome.result->value->moduleName, u"ten-sales"_s);
}

void TestLicenseClient::nullBodyMeansNothingWasFound() {
    m_peer->route(apiPath("/v1/License/SUPEROFFICE/nothing"), PeerReply::json("null"));
    const auto outcome = waitFor(m_client->fetchModule(u"SUPEROFFICE"_s, u"nothing"_s));
    QVERIFY(outcome.result && !outcome.result->ok());
    QCOMPARE(outcome.result->error.category, ErrorCategory::NotFound);
    QVERIFY2(outcome.result->error.userMessage.contains(u"found nothing"_s),
             qPrintable(outcome.result->error.userMessage));
}

void TestLicenseClient::ownerIsTheOneAskedForWhenNeitherLicenseCame() {
    m_peer->route(apiPath("/v1/Agents/License/GetLicenseFromLicenseServer"),
                  PeerReply::json(R"({"Reason":"","CanBeActivated":false,"New":null,"Current":null,)"
                                         R"("ExtendedModuleLicenses":[],"AccumulatedNextCheckDate":null})"));
    const auto outcome = waitFor(m_client->fetchLicenseFromLicenseServer(u"ACMEDOCS"_s));
    QVERIFY(outcome.result && outcome.result->ok());
    QCOMPARE(outcome.result->value->ownerName(), u"ACMEDOCS"_s);
}

void TestLicenseClient::fetchLicenseServerStatusParsesStatus() {
    m_peer->route(
        apiPath("/v1/Agents/License/GetLicenseStatusFromLicenseServer"),
        PeerReply::json("{\"LicenseStatus\":\"NewLicenseAvailable\",\"Message\":\"m\",\"Url\":\"\"}"));
    const auto outcome = waitFor(m_client->fetchLicenseServerStatus(u"SUPEROFFICE"_s));
    QVERIFY(outcome.result && outcome.result->ok());
    QCOMPARE(outcome.result->value->licenseStatus.value, LicenseStatus::NewLicenseAvailable);
    QCOMPARE(outcome.result->value->message, u"m"_s);
}

void TestLicenseClient::fetchShopUrlReadsJsonString() {
    m_peer->route(apiPath("/v1/License/SUPEROFFICE/ShopUrl"),
                  PeerReply::json("\"https://shop.example.com/x\""));
    const auto outcome = waitFor(m_client->fetchShopUrl(u"SUPEROFFICE"_s));
    QVERIFY(outcome.result && outcome.result->ok());
    QCOMPARE(*outcome.result->value, u"https://shop.example.com/x"_s);
}

void TestLicenseClient::fetchShopUrlRefusesAnythingButAWebAddress_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("script") << QByteArray("\"javascript:alert(1)\"");
    QTest::newRow("local file") << QByteArray("\"file:///etc/passwd\"");
    QTest::newRow("another program") << QByteArray("\"ms-settings:privacy\"");
    QTest::newRow("no host") << QByteArray("\"https://\"");
    QTest::newRow("empty") << QByteArray("\"\"");
}

void TestLicenseClient::fetchShopUrlRefusesAnythingButAWebAddress() {
    QFETCH(QByteArray, body);
    m_peer->route(apiPath("/v1/License/SUPEROFFICE/ShopUrl"), PeerReply::json(body));
    const auto outcome = waitFor(m_client->fetchShopUrl(u"SUPEROFFICE"_s));
    QVERIFY(outcome.result);
    QVERIFY(!outcome.result->ok());
    QCOMPARE(outcome.result->error.category, ErrorCategory::BadResponse);
}

void TestLicenseClient::sendsLanguageCultureAndUserAgent() {
    ConnectionSettings settings = baseSettings();
    settings.language = u"nb"_s;
    settings.culture = u"sv"_s;
    useSettings(settings);
    waitFor(m_client->fetchOwner(u"SUPEROFFICE"_s));
    QCOMPARE(m_peer->requests().size(), 1);
    const PeerRequest &request = m_peer->requests().first();
    QCOMPARE(request.header("Accept"), QByteArray("application/json"));
    QCOMPARE(request.header("Accept-Language"), QByteArray("nb"));
    QCOMPARE(request.header("SO-Language"), QByteArray("nb"));
    QCOMPARE(request.header("SO-Culture"), QByteArray("sv"));
    QCOMPARE(request.header("User-Agent"),
             QByteArray("LicenseDesk/" LICENSEDESK_VERSION " (Qt ") + qVersion() + QByteArray(")"));
}

void TestLicenseClient::cultureDefaultsToLanguage() {
    ConnectionSettings settings = baseSettings();
    settings.language = u"de"_s;
    useSettings(settings);
    waitFor(m_client->fetchOwner(u"SUPEROFFICE"_s));
    QCOMPARE(m_peer->requests().size(), 1);
    QCOMPARE(m_peer->requests().first().header("SO-Culture"), QByteArray("de"));
}

void TestLicenseClient::omitsLanguageHeadersWhenUnset() {
    waitFor(m_client->fetchOwner(u"SUPEROFFICE"_s));
    QCOMPARE(m_peer->requests().size(), 1);
    QVERIFY(!m_peer->requests().first().hasHeader("SO-Language"));
    QVERIFY(!m_peer->requests().first().hasHeader("SO-Culture"));
}

void TestLicenseClient::sendsAuthorizationForEachScheme_data() {
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("basic") << AuthMethod::Basic << u"pässword"_s
                           << "Basic " + QByteArray("admin:p\xc3\xa4ssword").toBase64();
    QTest::newRow("ticket as issued")
        << AuthMethod::SoTicket << u"7T:dGVzdA==\n"_s << QByteArray("SOTicket 7T:dGVzdA==");
    QTest::newRow("bearer") << AuthMethod::Bearer << u"8A:Cust12345.abc"_s
                            << QByteArray("Bearer 8A:Cust12345.abc");
    QTest::newRow("none") << AuthMethod::None << u"ignored"_s << QByteArray();
}

void TestLicenseClient::sendsAuthorizationForEachScheme() {
    QFETCH(AuthMethod, auth);
    QFETCH(QString, secret);
    QFETCH(QByteArray, expected);
    ConnectionSettings settings = baseSettings();
    settings.auth = auth;
    settings.secret = secret;
    useSettings(settings);
    waitFor(m_client->fetchOwner(u"SUPEROFFICE"_s));
    QCOMPARE(m_peer->requests().size(), 1);
    const PeerRequest &request = m_peer->requests().first();
    QCOMPARE(request.hasHeader("Authorization"), !expected.isEmpty());
    QCOMPARE(request.header("Authorization"), expected);
    QVERIFY(!request.hasHeader("SO-AppToken"));
}

void TestLicenseClient::sendsAppTokenWhenSet() {
    ConnectionSettings settings = baseSettings();
    settings.auth = AuthMethod::SoTicket;
    settings.secret = u"7T:abc"_s;
    settings.appToken = u"client-secret-1"_s;
    useSettings(settings);
    waitFor(m_client->fetchOwner(u"SUPEROFFICE"_s));
    QCOMPARE(m_peer->requests().size(), 1);
    QCOMPARE(m_peer->requests().first().header("SO-AppToken"), QByteArray("client-secret-1"));
}

void TestLicenseClient::requestHeadersMatchWhatIsSent() {
    ConnectionSettings settings = baseSettings();
    settings.language = u"en"_s;
    settings.appToken = u"app"_s;
    useSettings(settings);
    waitFor(m_client->fetchOwner(u"SUPEROFFICE"_s));
    QCOMPARE(m_peer->requests().size(), 1);
    for (const auto &[name, value] : m_client->requestHeaders())
        QCOMPARE(m_peer->requests().first().header(name), value);
}

void TestLicenseClient::activationSendsRawJsonByteForByte() {
    // Odd spacing, key order, escapes and number forms that a re-serialisation would change.
    const QByteArray raw = "{ \"Reason\" : \"\",\n\t\"CanBeActivated\":true, \"New\": "
                           "{\"CompanyName\":\"Bl\\u00e5b\\u00e6r AS\","
                           "\"ExtraFlags\":1.0, \"Signature\":\"AbC+/==\"},\"Current\":null ,"
                           "\"ExtendedModuleLicenses\":[] }";
    ExtendedLicenseInfo candidate;
    candidate.canBeActivated = true;
    candidate.rawJson = raw;
    m_peer->route(apiPath("/v1/Agents/License/ActivateLicenseInfo"),
                  PeerReply::json(TestFixtures::bytes("license-result.json")));
    const auto outcome = waitFor(m_client->activateLicense(candidate));
    QVERIFY(outcome.result);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.error().userMessage));
    QVERIFY(outcome.result->value->succeeded);
    QVERIFY(outcome.sent);
    QCOMPARE(m_peer->requests().size(), 1);
    QCOMPARE(m_peer->requests().first().body, "{\"NewLicense\":" + raw + "}");
}

void TestLicenseClient::activationOfBlockedCandidateIsNeverSent() {
    ExtendedLicenseInfo candidate;
    candidate.canBeActivated = false;
    candidate.reason = u"ten-sales would have fewer licenses than users."_s;
    candidate.rawJson = TestFixtures::bytes("license-from-license-server.json");
    ActivationJob *job = m_client->activateLicense(candidate);
    QVERIFY(!job->isFinished()); // finishes asynchronously, so a connect after the call still sees it
    const auto outcome = waitFor(job);
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::BusinessRefusal);
    QVERIFY(outcome.error().userMessage.contains(candidate.reason));
    QVERIFY(!outcome.sent);
    QCOMPARE(outcome.finishedCount, 1);
    QVERIFY(outcome.deleted);
    verifyNothingWasSent();
}

void TestLicenseClient::activationWithoutRawJsonIsNeverSent() {
    ExtendedLicenseInfo candidate;
    candidate.canBeActivated = true;
    const auto outcome = waitFor(m_client->activateLicense(candidate));
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::InvalidRequest);
    QVERIFY(!outcome.sent);
    verifyNothingWasSent();
}

void TestLicenseClient::activationRefusedByServerKeepsResult() {
    ExtendedLicenseInfo candidate;
    candidate.canBeActivated = true;
    candidate.rawJson = "{}";
    m_peer->route(apiPath("/v1/Agents/License/ActivateLicenseInfo"),
                  PeerReply::json("{\"Succeeded\":false,\"Reason\":\"Signature mismatch\"}"));
    const auto outcome = waitFor(m_client->activateLicense(candidate));
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::BusinessRefusal);
    QVERIFY(outcome.result->value.has_value());
    QCOMPARE(outcome.result->value->reason, u"Signature mismatch"_s);
    QVERIFY(outcome.error().userMessage.contains(u"Signature mismatch"_s));
    QVERIFY(outcome.sent);
}

void TestLicenseClient::callWithoutApiRootFinishesWithInvalidRequest() {
    useSettings(ConnectionSettings());
    const auto outcome = waitFor(m_client->fetchAllOwners());
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::InvalidRequest);
    QVERIFY(!outcome.error().userMessage.isEmpty());
    QVERIFY(!outcome.sent);
}

void TestLicenseClient::twentyConcurrentCallsAllComplete() {
    m_peer->route(apiPath("/v1/License/SUPEROFFICE"),
                  PeerReply::json(TestFixtures::bytes("license-superoffice.json")));
    int succeeded = 0;
    int finished = 0;
    for (int i = 0; i < 20; ++i) {
        LicenseJob *job = m_client->fetchOwner(u"SUPEROFFICE"_s);
        connect(job, &ApiJob::finished, this, [&, job] {
            ++finished;
            succeeded += job->result().ok() ? 1 : 0;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, 20, 20000);
    QCOMPARE(succeeded, 20);
    QCOMPARE(m_peer->requests().size(), 20);
}

void TestLicenseClient::cancelFinishesOnceWithCancelled() {
    m_peer->route(apiPath("/v1/License/SUPEROFFICE"), PeerReply::stall());
    LicenseJob *job = m_client->fetchOwner(u"SUPEROFFICE"_s);
    QTRY_COMPARE(m_peer->requests().size(), 1);
    job->cancel();
    job->cancel();
    const auto outcome = waitFor(job);
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::Cancelled);
    QCOMPARE(outcome.finishedCount, 1);
    QVERIFY(outcome.deleted);
    QVERIFY(outcome.sent);
}

void TestLicenseClient::cancelOfLocallyRefusedJobFinishesOnce() {
    ActivationJob *job = m_client->activateLicense(ExtendedLicenseInfo());
    job->cancel();
    const auto outcome = waitFor(job);
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::Cancelled);
    QCOMPARE(outcome.finishedCount, 1);
    QVERIFY(!outcome.sent);
}

void TestLicenseClient::logsNeverContainSecrets() {
    ConnectionSettings settings = baseSettings();
    settings.secret = u"S3cr3t-Pa55"_s;
    settings.appToken = u"app-token-42"_s;
    useSettings(settings);
    m_peer->route(apiPath("/v1/License/SUPEROFFICE"),
                  PeerReply::json(TestFixtures::bytes("license-superoffice.json")));
    m_peer->route(apiPath("/v1/License/DENIED"), PeerReply::json("{\"ErrorMessage\":\"no\"}", 401));

    capturedLog.clear();
    defaultFilter = QLoggingCategory::installFilter(enableNetLogging);
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    waitFor(m_client->fetchOwner(u"SUPEROFFICE"_s));
    waitFor(m_client->fetchOwner(u"DENIED"_s));
    qInstallMessageHandler(previous);
    QLoggingCategory::installFilter(defaultFilter);

    const QString log = capturedLog.join(u'\n');
    QVERIFY2(log.contains(u"/v1/License/SUPEROFFICE"_s), qPrintable(log));
    QVERIFY(log.contains(u"Authorization"_s));
    const QString basic = QString::fromLatin1(QByteArray("admin:S3cr3t-Pa55").toBase64());
    for (const QString &secret : {u"S3cr3t-Pa55"_s, basic, u"app-token-42"_s})
        QVERIFY2(!log.contains(secret), qPrintable(secret));
}

void TestLicenseClient::sendsThroughExplicitProxy() {
    // The peer plays the proxy: a proxied request carries the absolute URL of the real server.
    ConnectionSettings settings = baseSettings();
    settings.apiRoot = QUrl(u"http://crm.example.invalid/SuperOffice/api"_s);
    settings.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, m_peer->port());
    useSettings(settings);
    m_peer->setFallback(PeerReply::json(TestFixtures::bytes("license-superoffice.json")));
    const auto outcome = waitFor(m_client->fetchOwner(u"SUPEROFFICE"_s));
    QVERIFY(outcome.result);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.error().userMessage));
    QCOMPARE(m_peer->requests().size(), 1);
    QCOMPARE(m_peer->requests().first().target,
             QByteArray("http://crm.example.invalid/SuperOffice/api/v1/License/SUPEROFFICE"));
    QVERIFY(m_network->proxy().type() != QNetworkProxy::HttpProxy); // the shared manager is untouched
}

void TestLicenseClient::jobEndsWhenItsAccessManagerGoesAway() {
    ConnectionSettings settings = baseSettings();
    settings.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    useSettings(settings);
    m_peer->setFallback(PeerReply::stall());
    LicenseJob *job = m_client->fetchOwner(u"SUPEROFFICE"_s);
    QTRY_COMPARE(m_peer->requests().size(), 1);
    useSettings(baseSettings()); // drops the client's own proxy-specific access manager
    const auto outcome = waitFor(job);
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::Cancelled);
    QCOMPARE(outcome.finishedCount, 1);
}

void TestLicenseClient::clientMayBeDeletedFromFinishedSlot() {
    m_peer->setFallback(PeerReply::json(TestFixtures::bytes("license-superoffice.json")));
    LicenseJob *job = m_client->fetchOwner(u"SUPEROFFICE"_s);
    QPointer<ApiJob> guard(job);
    bool finished = false;
    connect(job, &ApiJob::finished, this, [&] {
        finished = true;
        m_client.reset(); // deletes the job, its child, inside its own signal
    });
    QTRY_VERIFY(finished);
    QVERIFY(guard.isNull());
}

QTEST_GUILESS_MAIN(TestLicenseClient)
#include "tst_licenseclient.moc"

// The demo server's endpoints over real HTTP: shapes, seed, errors, credentials, languages and faults.
#include "DemoHttp.h"
#include "DemoServer.h"
#include "LicenseFacts.h"
#include "LicenseParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Test;
using namespace Qt::StringLiterals;

class TestDemoServer final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DemoServer> startServer(DemoServerOptions options = {}) {
        auto server = std::make_unique<DemoServer>(options);
        if (!server->listen())
            qFatal("demo server did not start: %s", qPrintable(server->errorString()));
        return server;
    }

    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<DemoHttp> m_http;

private slots:
    void init() {
        m_server = startServer(); // in memory: every test starts from the seed
        m_http = std::make_unique<DemoHttp>(m_server->apiRoot());
    }
    void cleanup() {
        m_http.reset();
        m_server.reset();
    }

    void apiRootIsLoopbackWithThePort() {
        QCOMPARE(m_server->apiRoot().toString(), u"http://127.0.0.1:%1/api"_s.arg(m_server->port()));
        QVERIFY(m_server->port() > 0);
    }

    void versionBlockNeedsNoCredentials() {
        m_http->authorization.clear();
        const HttpResult r = m_http->get(u""_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().object().value("Version"_L1).toString(), u"v1"_s);
    }

    void allOwnersParseWithTheClientParser() {
        const HttpResult r = m_http->get(u"v1/License"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const auto parsed = parseExtendedLicenseInfoList(r.body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        QStringList names;
        for (const ExtendedLicenseInfo &owner : *parsed.value)
            names << owner.ownerName();
        QCOMPARE(names, QStringList({u"SUPEROFFICE"_s, u"ACMEDOCS"_s, u"NORDICSIGN"_s, u"MAILBRIDGE"_s}));
    }

    void seedLooksLikeARealInstallation() {
        const auto owners = parseExtendedLicenseInfoList(m_http->get(u"v1/License"_s).body);
        QVERIFY(owners.ok());
        const ExtendedLicenseInfo &so = owners.value->first();
        QVERIFY(so.current->moduleLicenses.size() >= 20);
        int plans = 0, hiddenUser = 0, sites = 0;
        bool visibleForUnrestricted = false;
        for (const ModuleLicense &m : so.current->moduleLicenses) {
            QVERIFY2(!m.signature.isEmpty(), qPrintable(m.moduleName));
            if (m.extraFlags == 1) {
                ++plans;
                QVERIFY(m.moduleName.startsWith("ten-"_L1));
                QVERIFY(m.extraInfo.startsWith("set="_L1));
                QVERIFY(!m.isHidden);
            }
            if (m.licenseType.is(LicenseType::UserLicense) && m.isHidden)
                ++hiddenUser;
            if (m.licenseType.is(LicenseType::SiteLicense))
                ++sites;
            if (m.moduleName == "visible-for"_L1)
                visibleForUnrestricted = m.unrestricted;
        }
        QVERIFY(plans >= 3);
        QVERIFY(hiddenUser >= 5);
        QVERIFY(sites >= 5);
        QVERIFY(visibleForUnrestricted);

        // Every owner: signed, counts consistent, restricted modules not over-used.
        const QDate today = QDate::currentDate();
        int inWarning = 0;
        for (const ExtendedLicenseInfo &owner : *owners.value) {
            QVERIFY(!owner.current->signature.isEmpty());
            QVERIFY(!owner.newLicense);
            QCOMPARE(owner.extendedModuleLicenses.size(), owner.current->moduleLicenses.size());
            for (const ExtendedModuleLicense &m : owner.extendedModuleLicenses) {
                QCOMPARE(m.numberOfLicensesTotal, m.current->numberOfLicenses);
                QCOMPARE(*m.numberOfLicensesNewTotal, m.numberOfLicensesTotal);
                QCOMPARE(*m.numberOfLicensesAdded, SeatCount(0));
                if (!m.current->unrestricted) {
                    QCOMPARE(*m.numberOfLicensesFree, m.numberOfLicensesTotal - m.numberOfLicensesInUse);
                    QVERIFY2(*m.numberOfLicensesFree >= 0, qPrintable(m.current->moduleName));
                }
            }
            if (expiryState(*owner.current, today) == ExpiryState::AdminWarning)
                ++inWarning;
        }
        QCOMPARE(inWarning, 1);
        QCOMPARE(expiryState(*owners.value->last().current, today), ExpiryState::Permanent);
    }

    void userPlanUsageMatchesItsHiddenLicenses() {
        const auto so = parseExtendedLicenseInfo(m_http->get(u"v1/License/SUPEROFFICE"_s).body);
        QVERIFY(so.ok());
        QHash<QString, int> inUse;
        for (const ExtendedModuleLicense &m : so.value->extendedModuleLicenses)
            inUse.insert(m.current->moduleName, m.numberOfLicensesInUse);
        int planSeats = 0;
        for (const ModuleLicense &m : so.value->current->moduleLicenses) {
            if (m.extraFlags == 1)
                planSeats += inUse.value(m.moduleName);
        }
        // Every plan grants "user", so its usage is the sum of the plans' usage.
        QCOMPARE(inUse.value(u"user"_s), planSeats);
        QVERIFY(planSeats > 0);
    }

    void agentCallsAnswerLikeTheirRestTwins() {
        QCOMPARE(m_http->agent(u"GetLicenseForAllOwnersFromDB"_s).body, m_http->get(u"v1/License"_s).body);
        QCOMPARE(m_http->agent(u"GetLicenseFromDB"_s, {{"OwnerName"_L1, u"ACMEDOCS"_s}}).body,
                 m_http->get(u"v1/License/ACMEDOCS"_s).body);
        QCOMPARE(m_http
                     ->agent(u"GetModuleLicenseFromDB"_s,
                             {{"OwnerName"_L1, u"SUPEROFFICE"_s}, {"ModuleName"_L1, u"ten-sales"_s}})
                     .body,
                 m_http->get(u"v1/License/SUPEROFFICE/ten-sales"_s).body);
        QCOMPARE(m_http->agent(u"GetShopUrl"_s, {{"OwnerName"_L1, u"ACMEDOCS"_s}}).body,
                 m_http->get(u"v1/License/ACMEDOCS/ShopUrl"_s).body);
    }

    void ownerAndModuleNamesMatchCaseInsensitively_data() {
        QTest::addColumn<QString>("path");
        QTest::newRow("upper") << u"v1/License/SUPEROFFICE"_s;
        QTest::newRow("lower") << u"v1/License/superoffice"_s;
        QTest::newRow("mixed, as in the REST overview") << u"v1/License/SuperOffice"_s;
        QTest::newRow("literal segments too") << u"V1/license/superOffice"_s;
    }
    void ownerAndModuleNamesMatchCaseInsensitively() {
        QFETCH(QString, path);
        const HttpResult r = m_http->get(path);
        QCOMPARE(r.status, 200);
        const auto parsed = parseExtendedLicenseInfo(r.body);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value->ownerName(), u"SUPEROFFICE"_s);

        const auto module = parseModuleLicense(m_http->get(path + u"/TEN-Sales"_s).body);
        QVERIFY(module.ok());
        QCOMPARE(module.value->moduleName, u"ten-sales"_s);
        QCOMPARE(module.value->extraFlags, 1);
        const auto agent = parseExtendedLicenseInfo(
            m_http->agent(u"getlicensefromdb"_s, {{"OwnerName"_L1, path.section(u'/', -1)}}).body);
        QVERIFY(agent.ok());
        QCOMPARE(agent.value->ownerName(), u"SUPEROFFICE"_s);
    }

    void shopUrlIsABareJsonString() {
        const HttpResult r = m_http->get(u"v1/License/acmedocs/ShopUrl"_s);
        QCOMPARE(r.status, 200);
        const auto url = parseJsonString(r.body);
        QVERIFY2(url.ok(), r.body.constData());
        QVERIFY(url.value->startsWith("https://"_L1));
        QVERIFY(url.value->contains("ACMEDOCS"_L1));
    }

    void unknownOwnerOrModuleGives404ErrorBody_data() {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("REST owner") << "GET"_ba << u"v1/License/NOSUCHOWNER"_s << QByteArray();
        QTest::newRow("REST module") << "GET"_ba << u"v1/License/SUPEROFFICE/no-such-module"_s
                                     << QByteArray();
        QTest::newRow("REST shop URL") << "GET"_ba << u"v1/License/NOSUCHOWNER/ShopUrl"_s << QByteArray();
        QTest::newRow("agent owner") << "POST"_ba << u"v1/Agents/License/GetLicenseFromDB"_s
                                     << R"({"OwnerName":"NOSUCHOWNER"})"_ba;
        QTest::newRow("agent module") << "POST"_ba << u"v1/Agents/License/GetModuleLicenseFromDB"_s
                                      << R"({"OwnerName":"SUPEROFFICE","ModuleName":"nope"})"_ba;
        QTest::newRow("agent status") << "POST"_ba << u"v1/Agents/License/GetLicenseStatusFromLicenseServer"_s
                                      << R"({"OwnerName":"NOSUCHOWNER"})"_ba;
        QTest::newRow("unknown endpoint") << "GET"_ba << u"v1/Nothing/Here"_s << QByteArray();
    }
    void unknownOwnerOrModuleGives404ErrorBody() {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const HttpResult r = DemoHttp::finish(m_http->start(verb, path, body));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().object().value("Error"_L1).toBool(), true);
        const auto error = parseWebApiError(r.body);
        QVERIFY(error);
        QCOMPARE(error->errorType, u"SoNotFoundException"_s);
        QVERIFY(!error->errorMessage.isEmpty());
        QVERIFY(!error->errorSource.isEmpty());
    }

    void credentialsAreChecked_data() {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::newRow("none") << QByteArray() << 401;
        QTest::newRow("wrong password") << "Basic " + "demo:nope"_ba.toBase64() << 401;
        QTest::newRow("garbage") << "Basic !!!"_ba << 401;
        QTest::newRow("unknown scheme") << "Negotiate abc"_ba << 401;
        QTest::newRow("wrong ticket") << "SOTicket 7T:wrong"_ba << 401;
        QTest::newRow("demo Basic") << "Basic " + "demo:demo"_ba.toBase64() << 200;
        QTest::newRow("user name in another case") << "Basic " + "DEMO:demo"_ba.toBase64() << 200;
        QTest::newRow("demo ticket") << "SOTicket " + QByteArray(DemoServer::DemoTicket.data()) << 200;
        QTest::newRow("ticket scheme in other case")
            << "SoTicket " + QByteArray(DemoServer::DemoTicket.data()) << 200;
        QTest::newRow("demo token") << "Bearer " + QByteArray(DemoServer::DemoToken.data()) << 200;
    }
    void credentialsAreChecked() {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        m_http->authorization = authorization;
        const HttpResult r = m_http->get(u"v1/License/SUPEROFFICE"_s);
        QCOMPARE(r.status, status);
        if (status == 401) {
            QCOMPARE(r.header("WWW-Authenticate"), R"(Basic realm="SuperOffice")"_ba);
            const auto error = parseWebApiError(r.body);
            QVERIFY(error);
            QCOMPARE(error->errorType, u"UnauthorizedAccessException"_s);
        }
    }

    void customCredentialsReplaceTheDemoOnes() {
        DemoServerOptions options;
        options.user = u"admin"_s;
        options.password = u"s3cret"_s;
        auto server = startServer(options);
        DemoHttp http(server->apiRoot());
        QCOMPARE(http.get(u"v1/License"_s).status, 401);
        http.authorization = "Basic " + "admin:s3cret"_ba.toBase64();
        QCOMPARE(http.get(u"v1/License"_s).status, 200);
    }

    void withoutRequiredCredentialsEveryRequestIsServed() {
        DemoServerOptions options;
        options.requireCredentials = false;
        auto server = startServer(options);
        DemoHttp http(server->apiRoot());
        http.authorization.clear();
        const HttpResult owners = http.get(u"v1/License"_s);
        QCOMPARE(owners.status, 200);
        QVERIFY(parseExtendedLicenseInfoList(owners.body).ok());
        http.authorization = "Basic " + "demo:nope"_ba.toBase64();
        QCOMPARE(http.get(u"v1/License/SUPEROFFICE"_s).status, 200);
    }

    void malformedBodiesGive400_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << u"GetLicenseFromDB"_s << "{not json"_ba;
        QTest::newRow("not an object") << u"GetLicenseFromDB"_s << "[1,2]"_ba;
        QTest::newRow("missing OwnerName") << u"GetLicenseFromDB"_s << "{}"_ba;
        QTest::newRow("missing ModuleName")
            << u"GetModuleLicenseFromDB"_s << R"({"OwnerName":"SUPEROFFICE"})"_ba;
        QTest::newRow("NewLicense not an object") << u"ActivateLicenseInfo"_s << R"({"NewLicense":3})"_ba;
        QTest::newRow("NewLicense of wrong types")
            << u"ActivateLicenseInfo"_s << R"({"NewLicense":{"CanBeActivated":"yes"}})"_ba;
        QTest::newRow("license file not JSON") << u"GetLicenseFromFile"_s << R"({"FileContent":"<xml/>"})"_ba;
    }
    void malformedBodiesGive400() {
        QFETCH(QString, method);
        QFETCH(QByteArray, body);
        const HttpResult r = m_http->post(u"v1/Agents/License/"_s + method, body);
        QCOMPARE(r.status, 400);
        const auto error = parseWebApiError(r.body);
        QVERIFY(error);
        QVERIFY(!error->errorMessage.isEmpty());
    }

    void wrongMethodGives405_data() {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("GET on an agent method")
            << "GET"_ba << u"v1/Agents/License/GetLicenseFromDB"_s << "POST"_ba;
        QTest::newRow("POST on an owner") << "POST"_ba << u"v1/License/SUPEROFFICE"_s << "GET"_ba;
        QTest::newRow("DELETE on an owner") << "DELETE"_ba << u"v1/License/SUPEROFFICE"_s << "GET"_ba;
        QTest::newRow("PUT on all owners") << "PUT"_ba << u"v1/License"_s << "GET, POST"_ba;
    }
    void wrongMethodGives405() {
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const HttpResult r = DemoHttp::finish(m_http->start(verb, path, "{}"_ba));
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), allow);
        QVERIFY(parseWebApiError(r.body));
    }

    void descriptionsFollowTheRequestedLanguage_data() {
        QTest::addColumn<QByteArray>("soLanguage");
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("module");
        QTest::addColumn<QString>("owner");
        QTest::newRow("default English") << QByteArray() << QByteArray() << u"Selection user"_s
                                         << u"Acme Document Archive (partner add-on)"_s;
        QTest::newRow("SO-Language nb")
            << "nb"_ba << QByteArray() << u"Utvalgsbruker"_s << u"Acme dokumentarkiv (partnertillegg)"_s;
        QTest::newRow("SO-Language wins")
            << "da"_ba
            << "nl"_ba << u"Udvalgsbruger"_s << u"Acme dokumentarkiv (partnertilføjelse)"_s;
        QTest::newRow("Accept-Language sv-SE")
            << QByteArray() << "sv-SE,sv;q=0.9,en;q=0.5"_ba << u"Urvalsanvändare"_s
            << u"Acme dokumentarkiv (partnertillägg)"_s;
        QTest::newRow("first supported by quality")
            << QByteArray() << "fr-FR, en;q=0.3, de;q=0.8"_ba << u"Selektionsbenutzer"_s
            << u"Acme Dokumentenarchiv (Partner-Add-on)"_s;
        QTest::newRow("Dutch") << "nl-NL"_ba << QByteArray() << u"Selectiegebruiker"_s
                               << u"Acme documentarchief (partner-add-on)"_s;
        QTest::newRow("Norwegian as no")
            << QByteArray() << "no"_ba << u"Utvalgsbruker"_s << u"Acme dokumentarkiv (partnertillegg)"_s;
        QTest::newRow("unsupported only")
            << "fr"_ba
            << "es, it"_ba << u"Selection user"_s << u"Acme Document Archive (partner add-on)"_s;
    }
    void descriptionsFollowTheRequestedLanguage() {
        QFETCH(QByteArray, soLanguage);
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, module);
        QFETCH(QString, owner);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!soLanguage.isEmpty())
            headers.append({"SO-Language"_ba, soLanguage});
        if (!acceptLanguage.isEmpty())
            headers.append({"Accept-Language"_ba, acceptLanguage});
        const auto row =
            parseModuleLicense(m_http->get(u"v1/License/SUPEROFFICE/selection-cal"_s, headers).body);
        QVERIFY(row.ok());
        QCOMPARE(row.value->moduleDescription, module);
        const auto acme = parseExtendedLicenseInfo(m_http->get(u"v1/License/ACMEDOCS"_s, headers).body);
        QVERIFY(acme.ok());
        QCOMPARE(acme.value->ownerDescription(), owner);
        QCOMPARE(acme.value->extendedModuleLicenses.first().current->moduleDescription.isEmpty(), false);
    }

    void failRateOneAnswers500WithAnHtmlPage() {
        DemoServerOptions options;
        options.failRate = 1.0;
        auto server = startServer(options);
        DemoHttp http(server->apiRoot());
        for (const QString &path : {u"v1/License"_s, u""_s}) {
            const HttpResult r = http.get(path);
            QCOMPARE(r.status, 500);
            QVERIFY(r.header("Content-Type").startsWith("text/html"));
            QVERIFY(r.body.contains("<html>"));
            QVERIFY(!parseWebApiError(r.body));
        }
    }

    void fiftyConcurrentRequestsAllSucceedWhileDelayed() {
        DemoServerOptions options;
        options.latencyMs = 40;
        auto server = startServer(options);
        DemoHttp http(server->apiRoot());
        const QStringList paths{u"v1/License"_s, u"v1/License/SUPEROFFICE"_s,
                                u"v1/License/ACMEDOCS/DOCARCHIVEUSER"_s, u"v1/License/nordicsign/ShopUrl"_s,
                                u""_s};
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 50; ++i)
            replies.append(http.start("GET"_ba, paths.at(i % paths.size())));
        // Agent POSTs in flight at the same time.
        for (int i = 0; i < 5; ++i)
            replies.append(http.start("POST"_ba, u"v1/Agents/License/GetLicenseFromLicenseServer"_s,
                                      R"({"OwnerName":"SUPEROFFICE"})"_ba));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](const QNetworkReply *r) { return r->isFinished(); }),
                                 30000);
        for (QNetworkReply *reply : std::as_const(replies)) {
            const HttpResult r = DemoHttp::finish(reply);
            QCOMPARE(r.status, 200);
            QVERIFY(!r.body.isEmpty());
        }
    }

    void clientThatGivesUpDuringLatencyDoesNotDisturbOthers() {
        DemoServerOptions options;
        options.latencyMs = 100;
        auto server = startServer(options);
        DemoHttp http(server->apiRoot());
        // The whole request goes out, then the client is gone: the server answers it into the void
        // while it serves the next client, whatever the timing.
        QTcpSocket abandoned;
        abandoned.connectToHost(QHostAddress::LocalHost, server->port());
        QVERIFY(abandoned.waitForConnected(10000));
        abandoned.write("GET " + server->apiRoot().path().toUtf8() + "/v1/License HTTP/1.1\r\n"
                        "Host: 127.0.0.1\r\nAuthorization: " + http.authorization + "\r\n\r\n");
        abandoned.disconnectFromHost();
        QTRY_COMPARE(abandoned.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(http.get(u"v1/License/SUPEROFFICE"_s).status, 200);
    }

    void listenFailsWithAReasonWhenThePortIsTaken() {
        DemoServer second{DemoServerOptions()};
        QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port()));
        QVERIFY(!second.errorString().isEmpty());
        QCOMPARE(second.port(), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"

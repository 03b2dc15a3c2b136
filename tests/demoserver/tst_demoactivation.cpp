// Activation, license files, persistence and the synthetic installation of the demo server, over HTTP.
#include "DemoHttp.h"
#include "DemoServer.h"
#include "LicenseFacts.h"
#include "LicenseParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Test;
using namespace Qt::StringLiterals;

class TestDemoActivation final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DemoServer> startServer(DemoServerOptions options) {
        auto server = std::make_unique<DemoServer>(options);
        if (!server->listen())
            qFatal("demo server did not start: %s", qPrintable(server->errorString()));
        return server;
    }
    DemoServerOptions onDisk(bool reset = false) const {
        DemoServerOptions options;
        options.dataFile = m_dir->filePath(u"state/demo-server.json"_s);
        options.reset = reset;
        return options;
    }
    /// What LicenseClient::activateLicense sends: the offer's bytes inside {"NewLicense": ...}.
    static QByteArray activationBody(const QByteArray &offer) { return "{\"NewLicense\":" + offer + '}'; }

    HttpResult offer(DemoHttp &http, const QString &owner) {
        return http.agent(u"GetLicenseFromLicenseServer"_s, {{"OwnerName"_L1, owner}});
    }
    HttpResult activate(DemoHttp &http, const QByteArray &offerBody) {
        return http.post(u"v1/Agents/License/ActivateLicenseInfo"_s, activationBody(offerBody));
    }
    QString status(DemoHttp &http, const QString &owner) {
        const auto parsed = parseCheckLicenseStatusResult(
            http.agent(u"GetLicenseStatusFromLicenseServer"_s, {{"OwnerName"_L1, owner}}).body);
        return parsed.ok() ? parsed.value->licenseStatus.raw : u"(unparsable)"_s;
    }
    QString storedVersion(DemoHttp &http, const QString &owner) {
        const auto parsed = parseExtendedLicenseInfo(http.get(u"v1/License/"_s + owner).body);
        return parsed.ok() ? parsed.value->current->licenseVersion : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<DemoHttp> m_http;

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = startServer(onDisk());
        m_http = std::make_unique<DemoHttp>(m_server->apiRoot());
    }
    void cleanup() {
        m_http.reset();
        m_server.reset();
        m_dir.reset();
    }

    void everyOwnerHasAnOfferSomeActivatableSomeBlocked() {
        int activatable = 0, blocked = 0;
        for (const QString &owner : {u"SUPEROFFICE"_s, u"ACMEDOCS"_s, u"NORDICSIGN"_s, u"MAILBRIDGE"_s}) {
            QCOMPARE(status(*m_http, owner), u"NewLicenseAvailable"_s);
            const auto parsed = parseExtendedLicenseInfo(offer(*m_http, owner).body);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
            QVERIFY(parsed.value->newLicense && parsed.value->current);
            const ActivationPreview preview = activationPreview(*parsed.value);
            QVERIFY(!preview.changed.isEmpty());
            if (parsed.value->canBeActivated) {
                ++activatable;
                QVERIFY(parsed.value->reason.isEmpty());
                QCOMPARE(preview.verdict, ActivationVerdict::Allowed);
            } else {
                ++blocked;
                QCOMPARE(preview.verdict, ActivationVerdict::Blocked);
            }
        }
        QCOMPARE(activatable, 3);
        QCOMPARE(blocked, 1);
    }

    void blockedOfferNamesModuleAndSeats() {
        const auto parsed = parseExtendedLicenseInfo(offer(*m_http, u"acmedocs"_s).body);
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value->canBeActivated);
        QVERIFY2(parsed.value->reason.contains("Document archive user: 7 licences are assigned"_L1),
                 qPrintable(parsed.value->reason));
        QVERIFY(parsed.value->reason.contains("only contains 6"_L1));
        const ActivationPreview preview = activationPreview(*parsed.value);
        QCOMPARE(preview.blocking.size(), 1);
        QCOMPARE(preview.blocking.first().name, u"DOCARCHIVEUSER"_s);
        QCOMPARE(preview.blocking.first().seatsToFree, 1);
    }

    void offerCountsAreConsistent() {
        const auto parsed = parseExtendedLicenseInfo(offer(*m_http, u"SUPEROFFICE"_s).body);
        QVERIFY(parsed.ok());
        bool gained = false;
        for (const ExtendedModuleLicense &m : parsed.value->extendedModuleLicenses) {
            QCOMPARE(*m.numberOfLicensesAdded, *m.numberOfLicensesNewTotal - m.numberOfLicensesTotal);
            QCOMPARE(*m.numberOfLicensesNewTotal, m.newLicense ? m.newLicense->numberOfLicenses : 0);
            QCOMPARE(m.numberOfLicensesTotal, m.current ? m.current->numberOfLicenses : 0);
            if (!m.current) {
                gained = true;
                QCOMPARE(m.newLicense->moduleName, u"ai"_s);
            }
        }
        QVERIFY(gained);
    }

    void activatesTheOfferAndKeepsUsage() {
        const HttpResult offered = offer(*m_http, u"SUPEROFFICE"_s);
        const HttpResult result = activate(*m_http, offered.body);
        QCOMPARE(result.status, 200);
        const auto parsed = parseLicenseResult(result.body);
        QVERIFY(parsed.ok());
        QVERIFY2(parsed.value->succeeded, qPrintable(parsed.value->reason));

        const auto stored = parseExtendedLicenseInfo(
            m_http->agent(u"GetLicenseFromDB"_s, {{"OwnerName"_L1, u"SUPEROFFICE"_s}}).body);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value->current->licenseVersion, u"11.12"_s);
        const auto offeredLicense = parseExtendedLicenseInfo(offered.body);
        QCOMPARE(stored.value->current->signature, offeredLicense.value->newLicense->signature);
        bool hasAi = false;
        for (const ExtendedModuleLicense &m : stored.value->extendedModuleLicenses) {
            hasAi |= m.current->moduleName == "ai"_L1;
            if (m.current->moduleName == "ten-sales"_L1)
                QCOMPARE(m.numberOfLicensesInUse, 18);
            if (m.current->moduleName == "ten-service"_L1) {
                QCOMPARE(m.numberOfLicensesTotal, 47);
                QCOMPARE(m.numberOfLicensesInUse, 39);
            }
        }
        QVERIFY(hasAi);

        // The license server now has nothing newer.
        QCOMPARE(status(*m_http, u"SUPEROFFICE"_s), u"Ok"_s);
        const auto again = parseExtendedLicenseInfo(offer(*m_http, u"SUPEROFFICE"_s).body);
        QVERIFY(again.ok());
        QVERIFY(!again.value->newLicense);
        QVERIFY(!again.value->canBeActivated);
        // Activating the same license twice is refused.
        const auto twice = parseLicenseResult(activate(*m_http, offered.body).body);
        QVERIFY(twice.ok());
        QVERIFY(!twice.value->succeeded);
        QVERIFY(!twice.value->reason.isEmpty());
    }

    void activatesAnOfferFetchedInAnotherLanguage() {
        // Descriptions are translated but not signed: the Norwegian copy is the same license.
        const HttpResult offered =
            m_http->post(u"v1/Agents/License/GetLicenseFromLicenseServer"_s,
                         R"({"OwnerName":"NORDICSIGN"})"_ba, {{"SO-Language"_ba, "nb"_ba}});
        QVERIFY(offered.body.contains("E-signeringsbruker"));
        const auto result = parseLicenseResult(activate(*m_http, offered.body).body);
        QVERIFY(result.ok());
        QVERIFY2(result.value->succeeded, qPrintable(result.value->reason));
        QCOMPARE(storedVersion(*m_http, u"NORDICSIGN"_s), u"2.1"_s);
        // The stored texts stay in the server's own language.
        QVERIFY(m_http->get(u"v1/License/NORDICSIGN"_s).body.contains("E-signature user"));
    }

    void refusesATamperedLicense_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("module NumberOfLicenses") << u"NumberOfLicenses"_s;
        QTest::newRow("module Signature") << u"ModuleSignature"_s;
        QTest::newRow("license Signature") << u"Signature"_s;
        QTest::newRow("ExpiryDate") << u"ExpiryDate"_s;
    }
    void refusesATamperedLicense() {
        QFETCH(QString, field);
        QJsonObject extended = offer(*m_http, u"SUPEROFFICE"_s).json().object();
        QJsonObject license = extended.value("New"_L1).toObject();
        QJsonArray modules = license.value("ModuleLicenses"_L1).toArray();
        QJsonObject first = modules.at(modules.size() - 2).toObject();
        if (field == "NumberOfLicenses"_L1)
            first.insert("NumberOfLicenses"_L1, first.value("NumberOfLicenses"_L1).toInt() + 50);
        else if (field == "ModuleSignature"_L1)
            first.insert("Signature"_L1, u"MC0CFQCxForgedSignatureAhUAk3E="_s);
        else if (field == "Signature"_L1)
            license.insert("Signature"_L1, u"MC0CFQCxForgedSignatureAhUAk3E="_s);
        else
            license.insert("ExpiryDate"_L1, u"2099-12-31T00:00:00"_s);
        modules.replace(modules.size() - 2, first);
        license.insert("ModuleLicenses"_L1, modules);
        extended.insert("New"_L1, license);

        const HttpResult r = activate(*m_http, QJsonDocument(extended).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 200);
        const auto result = parseLicenseResult(r.body);
        QVERIFY(result.ok());
        QVERIFY(!result.value->succeeded);
        QVERIFY2(result.value->reason.contains("signature"_L1), qPrintable(result.value->reason));
        QCOMPARE(storedVersion(*m_http, u"SUPEROFFICE"_s), u"11.11"_s);
        QCOMPARE(status(*m_http, u"SUPEROFFICE"_s), u"NewLicenseAvailable"_s);
    }

    void refusesABlockedLicense() {
        const auto result = parseLicenseResult(activate(*m_http, offer(*m_http, u"ACMEDOCS"_s).body).body);
        QVERIFY(result.ok());
        QVERIFY(!result.value->succeeded);
        QVERIFY2(result.value->reason.contains("Document archive user"_L1), qPrintable(result.value->reason));
        QCOMPARE(storedVersion(*m_http, u"ACMEDOCS"_s), u"3.2"_s);
        QCOMPARE(status(*m_http, u"ACMEDOCS"_s), u"NewLicenseAvailable"_s);
    }

    void validateLicenseInfoChecksWithoutSaving() {
        const QByteArray offered = offer(*m_http, u"MAILBRIDGE"_s).body;
        const auto ok = parseLicenseResult(
            m_http->post(u"v1/Agents/License/ValidateLicenseInfo"_s, "{\"LicenseInfo\":" + offered + '}')
                .body);
        QVERIFY(ok.ok());
        QVERIFY(ok.value->succeeded);
        QCOMPARE(storedVersion(*m_http, u"MAILBRIDGE"_s), u"5.4"_s);
    }

    void stateSurvivesARestartAndResetRestoresTheSeed() {
        QVERIFY(parseLicenseResult(activate(*m_http, offer(*m_http, u"SUPEROFFICE"_s).body).body)
                    .value->succeeded);
        QVERIFY(QFile::exists(onDisk().dataFile));
        m_http.reset();
        m_server.reset();

        auto restarted = startServer(onDisk());
        DemoHttp http(restarted->apiRoot());
        QCOMPARE(storedVersion(http, u"SUPEROFFICE"_s), u"11.12"_s);
        QCOMPARE(status(http, u"SUPEROFFICE"_s), u"Ok"_s);
        QCOMPARE(status(http, u"ACMEDOCS"_s), u"NewLicenseAvailable"_s);
        const auto so = parseExtendedLicenseInfo(http.get(u"v1/License/SUPEROFFICE/"_s).body);
        QVERIFY(so.ok());
        restarted.reset();

        auto reset = startServer(onDisk(true));
        DemoHttp fresh(reset->apiRoot());
        QCOMPARE(storedVersion(fresh, u"SUPEROFFICE"_s), u"11.11"_s);
        QCOMPARE(status(fresh, u"SUPEROFFICE"_s), u"NewLicenseAvailable"_s);
    }

    void brokenOwnStateIsReplacedBySeed() {
        m_server.reset();
        QFile file(onDisk().dataFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            R"({"Format": "licensedesk-demo-server", "Version": 1, "Seed": "realistic", "Owners": [7]})");
        file.close();
        auto server = startServer(onDisk());
        DemoHttp http(server->apiRoot());
        QCOMPARE(storedVersion(http, u"SUPEROFFICE"_s), u"11.11"_s);
    }

    void fileThatIsNotItsStateMakesListenFailAndStaysUntouched() {
        m_server.reset();
        const QByteArray content = "{ this is not the demo state";
        QFile file(onDisk().dataFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        DemoServer server(onDisk(true));
        QVERIFY(!server.listen());
        QVERIFY2(server.errorString().contains("not a demo server data file"_L1),
                 qPrintable(server.errorString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void unwritableDataFileMakesListenFail() {
        DemoServerOptions options;
        QFile blocker(m_dir->filePath(u"file-not-dir"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        options.dataFile = m_dir->filePath(u"file-not-dir/demo.json"_s);
        DemoServer server(options);
        QVERIFY(!server.listen());
        QVERIFY2(server.errorString().contains("demo data file"_L1), qPrintable(server.errorString()));
    }

    void licenseFileIsPreviewedThenAdded() {
        // The demo's license file is the JSON of a LicenseInfo, e.g. the New part of an offer.
        const QJsonObject newPart =
            offer(*m_http, u"NORDICSIGN"_s).json().object().value("New"_L1).toObject();
        const QString file = QString::fromUtf8(QJsonDocument(newPart).toJson());

        const auto preview =
            parseExtendedLicenseInfo(m_http->agent(u"GetLicenseFromFile"_s, {{"FileContent"_L1, file}}).body);
        QVERIFY(preview.ok());
        QVERIFY(preview.value->canBeActivated);
        QCOMPARE(preview.value->newLicense->licenseVersion, u"2.1"_s);
        QCOMPARE(storedVersion(*m_http, u"NORDICSIGN"_s), u"2.0"_s);

        const auto added =
            parseExtendedLicenseInfo(m_http->agent(u"AddLicenseFromFile"_s, {{"FileContent"_L1, file}}).body);
        QVERIFY(added.ok());
        QCOMPARE(added.value->current->licenseVersion, u"2.1"_s);
        QVERIFY(!added.value->newLicense);
        QCOMPARE(storedVersion(*m_http, u"NORDICSIGN"_s), u"2.1"_s);
        QCOMPARE(status(*m_http, u"NORDICSIGN"_s), u"Ok"_s);
    }

    void restPostAddsALicenseFileSentAsJsonString() {
        const QJsonObject newPart =
            offer(*m_http, u"MAILBRIDGE"_s).json().object().value("New"_L1).toObject();
        const QByteArray body = QJsonDocument(QJsonArray{QString::fromUtf8(QJsonDocument(newPart).toJson())})
                                    .toJson(QJsonDocument::Compact)
                                    .mid(1)
                                    .chopped(1);
        const HttpResult r = m_http->post(u"v1/License"_s, body);
        QCOMPARE(r.status, 200);
        QCOMPARE(storedVersion(*m_http, u"MAILBRIDGE"_s), u"5.5"_s);
    }

    void tamperedLicenseFileIsRefused() {
        QJsonObject newPart = offer(*m_http, u"NORDICSIGN"_s).json().object().value("New"_L1).toObject();
        newPart.insert("SerialNr"_L1, u"1019999999"_s);
        const QString file = QString::fromUtf8(QJsonDocument(newPart).toJson());
        const auto preview =
            parseExtendedLicenseInfo(m_http->agent(u"GetLicenseFromFile"_s, {{"FileContent"_L1, file}}).body);
        QVERIFY(preview.ok());
        QVERIFY(!preview.value->canBeActivated);
        QVERIFY(preview.value->reason.contains("signature"_L1));
        const auto added =
            parseExtendedLicenseInfo(m_http->agent(u"AddLicenseFromFile"_s, {{"FileContent"_L1, file}}).body);
        QVERIFY(added.ok());
        QVERIFY(!added.value->canBeActivated);
        QVERIFY(!added.value->reason.isEmpty());
        QCOMPARE(storedVersion(*m_http, u"NORDICSIGN"_s), u"2.0"_s);
    }

    void syntheticInstallationHasTheRequestedSize() {
        DemoServerOptions options;
        options.owners = 20;
        options.modules = 250;
        auto server = startServer(options);
        DemoHttp http(server->apiRoot());
        const HttpResult r = http.get(u"v1/License"_s);
        QCOMPARE(r.status, 200);
        const auto owners = parseExtendedLicenseInfoList(r.body);
        QVERIFY2(owners.ok(), qPrintable(owners.error.toString()));
        QCOMPARE(owners.value->size(), 20);
        QCOMPARE(owners.value->first().ownerName(), u"SUPEROFFICE"_s);
        for (const ExtendedLicenseInfo &owner : *owners.value) {
            QCOMPARE(owner.current->moduleLicenses.size(), 250);
            QCOMPARE(owner.extendedModuleLicenses.size(), 250);
        }
        const auto blocked = parseExtendedLicenseInfo(
            http.agent(u"GetLicenseFromLicenseServer"_s, {{"OwnerName"_L1, u"PARTNER002"_s}}).body);
        QVERIFY(blocked.ok());
        QVERIFY(!blocked.value->canBeActivated);
        const auto allowed = parseExtendedLicenseInfo(
            http.agent(u"GetLicenseFromLicenseServer"_s, {{"OwnerName"_L1, u"PARTNER001"_s}}).body);
        QVERIFY(allowed.ok());
        QVERIFY(allowed.value->canBeActivated);
    }
};

QTEST_GUILESS_MAIN(TestDemoActivation)
#include "tst_demoactivation.moc"

// licensedesk-cli activate as a real process: confirmation, blocked offers, verification, lost answers.
#include "CliTestSupport.h"
#include "LoopbackPeer.h"
#include "OfferFixtures.h"

#include <QTemporaryDir>
#include <QTest>

using namespace LicenseDesk::Testing;
using namespace CliTest;

class TestCliActivate : public QObject, private CliFixture {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(startServer(), "the demo server did not start"); }

    void activateRefusesWithoutYesWhenStdinIsNotATerminal() {
        const CliRun run = cli({u"activate"_s, u"SUPEROFFICE"_s});
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.err.startsWith(u"licensedesk-cli: "_s));
        QVERIFY(run.err.contains(u"--yes"_s));
        // Nothing was activated: the offer still changes the same modules.
        const QJsonObject preview =
            parseJson(cli({u"--format"_s, u"json"_s, u"preview"_s, u"SUPEROFFICE"_s}).out).object();
        QCOMPARE(preview.value(u"verdict"_s).toString(), u"allowed"_s);
    }

    void activateNeverSendsABlockedOffer() {
        const QString before = cli({u"--format"_s, u"json"_s, u"show"_s, u"ACMEDOCS"_s}).out;
        const CliRun run = cli({u"--format"_s, u"json"_s, u"activate"_s, u"ACMEDOCS"_s, u"--yes"_s});
        QCOMPARE(run.exitCode, 6);
        const QJsonObject summary = parseJson(run.out).object();
        QCOMPARE(summary.value(u"activated"_s).toBool(), false);
        QCOMPARE(summary.value(u"preview"_s).toObject().value(u"verdict"_s).toString(), u"blocked"_s);
        QCOMPARE(cli({u"--format"_s, u"json"_s, u"show"_s, u"ACMEDOCS"_s}).out, before);
    }

    void activateWithYesStoresThePreviewedTotalsAndVerifiesThem() {
        DemoServerProcess server; // its own state, so the other tests keep the seed
        QVERIFY(server.start(m_dir.filePath(u"activate.json"_s)));
        const QJsonObject preview =
            parseJson(cli({u"--format"_s, u"json"_s, u"preview"_s, u"SUPEROFFICE"_s}, server.apiRoot()).out)
                .object();
        QCOMPARE(preview.value(u"verdict"_s).toString(), u"allowed"_s);

        const CliRun run =
            cli({u"--format"_s, u"json"_s, u"activate"_s, u"SUPEROFFICE"_s, u"--yes"_s}, server.apiRoot());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject summary = parseJson(run.out).object();
        QCOMPARE(summary.value(u"activated"_s).toBool(), true);
        QCOMPARE(summary.value(u"verified"_s).toBool(), true);
        QVERIFY(summary.value(u"mismatches"_s).toArray().isEmpty());
        const QJsonArray stored = summary.value(u"stored"_s).toObject().value(u"modules"_s).toArray();
        for (const QJsonValue &value : preview.value(u"modules"_s).toArray()) {
            const QJsonObject expected = value.toObject();
            if (expected.value(u"change"_s).toString() == u"dropped"_s)
                continue;
            const QJsonObject now = byField(stored, u"name"_s, expected.value(u"name"_s).toString());
            QCOMPARE(now.value(u"total"_s).toInt(), expected.value(u"newTotal"_s).toInt());
        }
        // What the server stores now is what show reads.
        const QJsonObject shown =
            parseJson(cli({u"--format"_s, u"json"_s, u"show"_s, u"SUPEROFFICE"_s}, server.apiRoot()).out)
                .object();
        QCOMPARE(shown.value(u"modules"_s).toArray(), stored);

        const CliRun again =
            cli({u"--format"_s, u"json"_s, u"preview"_s, u"SUPEROFFICE"_s}, server.apiRoot());
        QCOMPARE(again.exitCode, 0);
        const QJsonObject second = parseJson(again.out).object();
        QVERIFY2(second.value(u"verdict"_s).toString() == u"noChange"_s ||
                     second.value(u"verdict"_s).toString() == u"noCandidate"_s,
                 qPrintable(second.value(u"verdict"_s).toString()));
        QCOMPARE(second.value(u"changed"_s).toInt(), 0);
    }

    void activateInATableSaysItVerified() {
        DemoServerProcess server;
        QVERIFY(server.start(m_dir.filePath(u"activate-table.json"_s)));
        const CliRun run = cli({u"activate"_s, u"SUPEROFFICE"_s, u"--yes"_s}, server.apiRoot());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"New total"_s)); // the preview came first
        QVERIFY(run.out.contains(u"Verified"_s));
    }

    void lostActivationAnswerIsNeverResentButReadBack_data() {
        QTest::addColumn<bool>("tookEffect");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("server stored it") << true << 0;
        QTest::newRow("server did not store it") << false << 2;
    }
    void lostActivationAnswerIsNeverResentButReadBack() {
        QFETCH(bool, tookEffect);
        QFETCH(int, exitCode);
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        const QJsonObject offer = allowedOffer();
        peer.route("/api/v1/Agents/License/GetLicenseFromLicenseServer",
                   PeerReply::json(compact(offer)));
        peer.route("/api/v1/Agents/License/ActivateLicenseInfo",
                   PeerReply::dropMidBody("{\"Succeeded\": true, \"Reason\": \"\"}"));
        peer.route("/api/v1/License/SUPEROFFICE",
                   PeerReply::json(compact(storedLicense(offer, tookEffect))));

        const CliRun run = cli({u"--format"_s, u"json"_s, u"activate"_s, u"SUPEROFFICE"_s, u"--yes"_s},
                               peer.apiRoot());
        QCOMPARE(run.exitCode, exitCode);
        qsizetype activations = 0;
        for (const PeerRequest &request : peer.requests())
            activations += request.path() == "/api/v1/Agents/License/ActivateLicenseInfo" ? 1 : 0;
        QCOMPARE(activations, 1);
        QCOMPARE(peer.requests().last().path(), QByteArray("/api/v1/License/SUPEROFFICE"));
        QVERIFY2(run.err.contains(u"not sent again"_s), qPrintable(run.err));
        const QJsonObject summary = parseJson(run.out).object();
        QCOMPARE(summary.value(u"verified"_s).toBool(), tookEffect);
        QCOMPARE(summary.value(u"mismatches"_s).toArray().isEmpty(), tookEffect);
    }

    void overflowingOfferIsRefusedAndNothingIsSent() {
        // With 32-bit counts, -2147483648 - 67 wrapped to "+2147483570 more seats" and was activated.
        QJsonObject offer = allowedOffer();
        QJsonArray modules = offer.value(u"ExtendedModuleLicenses"_s).toArray();
        QJsonObject module = modules[1].toObject();
        QJsonObject newRow = module.value(u"New"_s).toObject();
        newRow.insert(u"NumberOfLicenses"_s, -2147483648.0);
        module.insert(u"New"_s, newRow);
        module.insert(u"NumberOfLicensesInUse"_s, 67);
        modules[1] = module;
        offer.insert(u"ExtendedModuleLicenses"_s, modules);
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.route("/api/v1/Agents/License/GetLicenseFromLicenseServer", PeerReply::json(compact(offer)));
        peer.route("/api/v1/Agents/License/ActivateLicenseInfo",
                   PeerReply::json("{\"Succeeded\": true, \"Reason\": \"\"}"));

        const CliRun run = cli({u"activate"_s, u"SUPEROFFICE"_s, u"--yes"_s}, peer.apiRoot());
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(u"ExtendedModuleLicenses[1].New.NumberOfLicenses"_s), qPrintable(run.err));
        for (const PeerRequest &request : peer.requests())
            QVERIFY(request.path() != "/api/v1/Agents/License/ActivateLicenseInfo");
    }

    void refusedActivationExitsSixWithTheReason() {
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.route("/api/v1/Agents/License/GetLicenseFromLicenseServer",
                   PeerReply::json(compact(allowedOffer())));
        peer.route(
            "/api/v1/Agents/License/ActivateLicenseInfo",
            PeerReply::json("{\"Succeeded\": false, \"Reason\": \"Signature does not verify\"}"));
        const CliRun run = cli({u"activate"_s, u"SUPEROFFICE"_s, u"--yes"_s}, peer.apiRoot());
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains(u"Signature does not verify"_s), qPrintable(run.err));
    }

    void passwordNeverAppearsInAnyOutput() {
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY(!m_allOutput.contains(kPassword));
    }
};

QTEST_GUILESS_MAIN(TestCliActivate)
#include "tst_cliactivate.moc"

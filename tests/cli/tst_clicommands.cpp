// licensedesk-cli as a real process against licensedesk-demo-server (and a scripted peer for bad answers).
#include "CliTestSupport.h"
#include "LoopbackPeer.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseDesk::Testing;
using namespace CliTest;
using namespace Qt::StringLiterals;

class TestCliCommands : public QObject, private CliFixture {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(startServer(), "the demo server did not start"); }

    void ownersJsonListsEveryOwnerWithTotalsFromItsModules() {
        const CliRun owners = cli({u"--format"_s, u"json"_s, u"owners"_s});
        QCOMPARE(owners.exitCode, 0);
        const QJsonArray list = parseJson(owners.out).array();
        QVERIFY(list.size() >= 4);
        for (const char *name : {"SUPEROFFICE", "ACMEDOCS", "NORDICSIGN", "MAILBRIDGE"})
            QVERIFY2(!byField(list, u"owner"_s, QLatin1StringView(name)).isEmpty(), name);
        const QJsonObject superOffice = byField(list, u"owner"_s, u"SUPEROFFICE"_s);

        const CliRun show = cli({u"--format"_s, u"json"_s, u"show"_s, u"SUPEROFFICE"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonArray modules = parseJson(show.out).object().value(u"modules"_s).toArray();
        int total = 0, inUse = 0, free = 0;
        for (const QJsonValue &m : modules) {
            if (m.toObject().value(u"unrestricted"_s).toBool())
                continue;
            total += m.toObject().value(u"total"_s).toInt();
            inUse += m.toObject().value(u"inUse"_s).toInt();
            free += m.toObject().value(u"free"_s).toInt();
        }
        QCOMPARE(superOffice.value(u"modules"_s).toInt(), modules.size());
        QCOMPARE(superOffice.value(u"total"_s).toInt(), total);
        QCOMPARE(superOffice.value(u"inUse"_s).toInt(), inUse);
        QCOMPARE(superOffice.value(u"free"_s).toInt(), free);
        QVERIFY(total > 0);
    }

    void ownersCsvHasAHeaderAndOneRowPerOwner() {
        const CliRun run = cli({u"--format"_s, u"csv"_s, u"owners"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(u"owner,description,company,serial,expiry,"_s));
        const QJsonArray list = parseJson(cli({u"--format"_s, u"json"_s, u"owners"_s}).out).array();
        QCOMPARE(lines.size(), list.size() + 1);
        QVERIFY(lines.at(1).startsWith(list.at(0).toObject().value(u"owner"_s).toString() + u','));
    }

    void ownersTableAlignsColumnsAndFitsTheTerminal() {
        const CliRun run = cli({u"owners"_s}, QString(), {{u"COLUMNS"_s, u"80"_s}});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 6);
        QVERIFY(lines.at(0).startsWith(u"Owner"_s));
        QVERIFY(lines.at(1).startsWith(u"-----"_s));
        // The last column (Free) is right-aligned, so every line ends in the same column.
        for (const QString &line : lines) {
            QVERIFY2(line.size() <= 80, qPrintable(line));
            QCOMPARE(line.size(), lines.at(1).size());
        }
        QVERIFY(run.out.contains(u"\u2026"_s)); // descriptions were shortened to fit
    }

    void showJsonGivesEveryModuleWithCoreFacts() {
        const CliRun run = cli({u"show"_s, u"SUPEROFFICE"_s, u"--format=json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject license = parseJson(run.out).object();
        QCOMPARE(license.value(u"owner"_s).toString(), u"SUPEROFFICE"_s);
        QVERIFY(!license.value(u"description"_s).toString().isEmpty());
        QVERIFY(!license.value(u"company"_s).toString().isEmpty());
        QVERIFY(!license.value(u"serial"_s).toString().isEmpty());
        QVERIFY(QDateTime::fromString(license.value(u"expiry"_s).toString(), Qt::ISODate).isValid());
        const QJsonArray modules = license.value(u"modules"_s).toArray();
        QVERIFY(modules.size() >= 10);
        bool sawPlan = false;
        for (const QJsonValue &value : modules) {
            const QJsonObject m = value.toObject();
            for (const char *key : {"name", "description", "licenseType", "total", "inUse", "free",
                                    "newTotal", "newFree", "added", "unrestricted", "hidden", "userPlan"})
                QVERIFY2(m.contains(QLatin1StringView(key)), key);
            QCOMPARE(m.value(u"newTotal"_s).toInt(),
                     m.value(u"total"_s).toInt()); // no candidate in a DB read
            QCOMPARE(m.value(u"added"_s).toInt(), 0);
            if (!m.value(u"unrestricted"_s).toBool())
                QCOMPARE(m.value(u"free"_s).toInt(),
                         m.value(u"total"_s).toInt() - m.value(u"inUse"_s).toInt());
            sawPlan = sawPlan || m.value(u"userPlan"_s).toBool();
        }
        QVERIFY(sawPlan);
    }

    void permanentLicenseHasNullExpiry() {
        const CliRun run = cli({u"--format"_s, u"json"_s, u"show"_s, u"MAILBRIDGE"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject license = parseJson(run.out).object();
        QVERIFY(license.value(u"expiry"_s).isNull());
        QCOMPARE(license.value(u"expiryState"_s).toString(), u"permanent"_s);
    }

    void showCsvHasAHeaderAndOneRowPerModule() {
        const CliRun run = cli({u"--format"_s, u"csv"_s, u"show"_s, u"SUPEROFFICE"_s});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"owner,name,description,licenseType,total,inUse,free,newTotal,newFree,added,"
                                "unrestricted,hidden,userPlan"_s);
        const QJsonArray modules = parseJson(cli({u"--format"_s, u"json"_s, u"show"_s, u"SUPEROFFICE"_s}).out)
                                       .object()
                                       .value(u"modules"_s)
                                       .toArray();
        QCOMPARE(lines.size(), modules.size() + 1);
        const QJsonObject first = modules.first().toObject();
        QVERIFY(lines.at(1).startsWith(u"SUPEROFFICE,"_s + first.value(u"name"_s).toString() + u','));
    }

    void showTableRightAlignsNumbersAndShortensDescriptions() {
        const CliRun run = cli({u"show"_s, u"SUPEROFFICE"_s}, QString(), {{u"COLUMNS"_s, u"70"_s}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Company:"_s));
        const QStringList lines = run.out.split(u'\n');
        const qsizetype header = lines.indexOf(lines.filter(u"Module"_s).value(0));
        QVERIFY(header >= 0);
        const QString titles = lines.at(header);
        const qsizetype totalEnd = titles.indexOf(u"Total"_s) + 5;
        for (qsizetype i = header; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            QVERIFY2(lines.at(i).size() <= 70, qPrintable(lines.at(i)));
            if (i > header + 1) { // data rows: the total ends where its title ends
                QVERIFY2(lines.at(i).at(totalEnd - 1).isDigit(), qPrintable(lines.at(i)));
                QVERIFY2(lines.at(i).at(totalEnd) == u' ', qPrintable(lines.at(i)));
            }
        }
        QVERIFY(run.out.contains(u"\u2026"_s));
    }

    void moduleShowsOneModuleLicense() {
        const QJsonArray modules = parseJson(cli({u"--format"_s, u"json"_s, u"show"_s, u"SUPEROFFICE"_s}).out)
                                       .object()
                                       .value(u"modules"_s)
                                       .toArray();
        QJsonObject chosen;
        for (const QJsonValue &m : modules) {
            if (m.toObject().value(u"userPlan"_s).toBool()) {
                chosen = m.toObject();
                break;
            }
        }
        QVERIFY(!chosen.isEmpty());
        const QString name = chosen.value(u"name"_s).toString();
        const CliRun run = cli({u"--format"_s, u"json"_s, u"module"_s, u"SUPEROFFICE"_s, name});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject module = parseJson(run.out).object();
        QCOMPARE(module.value(u"name"_s).toString(), name);
        QCOMPARE(module.value(u"owner"_s).toString(), u"SUPEROFFICE"_s);
        QCOMPARE(module.value(u"total"_s).toInt(), chosen.value(u"total"_s).toInt());
        QCOMPARE(module.value(u"userPlan"_s).toBool(), true);
        QVERIFY(!module.value(u"grantedModules"_s).toArray().isEmpty());

        const CliRun table = cli({u"module"_s, u"SUPEROFFICE"_s, name});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(u"Module:"_s));
        QVERIFY(table.out.contains(name));
        const CliRun csv = cli({u"--format"_s, u"csv"_s, u"module"_s, u"SUPEROFFICE"_s, name});
        QCOMPARE(csv.exitCode, 0);
        QCOMPARE(csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 2);
    }

    void statusSaysWhatTheLicenseServerReports() {
        const CliRun run = cli({u"--format"_s, u"json"_s, u"status"_s, u"SUPEROFFICE"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject status = parseJson(run.out).object();
        QCOMPARE(status.value(u"owner"_s).toString(), u"SUPEROFFICE"_s);
        QVERIFY(!status.value(u"status"_s).toString().isEmpty());
        const CliRun table = cli({u"status"_s, u"SUPEROFFICE"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(u"Status:"_s));
        QVERIFY(table.out.contains(status.value(u"status"_s).toString()));
        const CliRun csv = cli({u"--format"_s, u"csv"_s, u"status"_s, u"SUPEROFFICE"_s});
        QCOMPARE(csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts).first(), u"owner,status,message,url"_s);
    }

    void previewOfABlockedOfferExitsSixAndNamesTheModules() {
        const CliRun run = cli({u"--format"_s, u"json"_s, u"preview"_s, u"ACMEDOCS"_s});
        QCOMPARE(run.exitCode, 6);
        const QJsonObject preview = parseJson(run.out).object();
        QCOMPARE(preview.value(u"owner"_s).toString(), u"ACMEDOCS"_s);
        QCOMPARE(preview.value(u"canBeActivated"_s).toBool(), false);
        QCOMPARE(preview.value(u"verdict"_s).toString(), u"blocked"_s);
        QVERIFY(!preview.value(u"reason"_s).toString().isEmpty());
        const QJsonArray blocking = preview.value(u"blocking"_s).toArray();
        QVERIFY(!blocking.isEmpty());
        const QJsonObject blocked = byField(preview.value(u"modules"_s).toArray(), u"name"_s,
                                            blocking.first().toObject().value(u"name"_s).toString());
        QVERIFY(blocked.value(u"newFree"_s).toInt() < 0);
        QCOMPARE(blocked.value(u"seatsToFree"_s).toInt(), -blocked.value(u"newFree"_s).toInt());

        const CliRun table = cli({u"preview"_s, u"ACMEDOCS"_s});
        QCOMPARE(table.exitCode, 6);
        QVERIFY(table.out.contains(u"New total"_s));
        QVERIFY(table.out.contains(u"blocked"_s));
    }

    void previewOfAnAllowedOfferShowsTheChanges() {
        const CliRun run = cli({u"--format"_s, u"json"_s, u"preview"_s, u"SUPEROFFICE"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject preview = parseJson(run.out).object();
        QCOMPARE(preview.value(u"verdict"_s).toString(), u"allowed"_s);
        QCOMPARE(preview.value(u"canBeActivated"_s).toBool(), true);
        QVERIFY(preview.value(u"changed"_s).toInt() > 0);
        for (const QJsonValue &value : preview.value(u"modules"_s).toArray()) {
            const QJsonObject m = value.toObject();
            QCOMPARE(m.value(u"added"_s).toInt(),
                     m.value(u"newTotal"_s).toInt() - m.value(u"total"_s).toInt());
        }
        const CliRun csv = cli({u"--format"_s, u"csv"_s, u"preview"_s, u"SUPEROFFICE"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(
            csv.out.startsWith(u"owner,name,description,licenseType,total,inUse,free,newTotal,newFree,added,"
                               "unrestricted,hidden,userPlan,change,seatsToFree\r\n"_s));
    }

    void languageIsSentToTheServer() {
        const auto descriptions = [this](const QString &language) {
            const CliRun run =
                cli({u"--language"_s, language, u"--format"_s, u"json"_s, u"show"_s, u"SUPEROFFICE"_s});
            QStringList list;
            for (const QJsonValue &m : parseJson(run.out).object().value(u"modules"_s).toArray())
                list.append(m.toObject().value(u"description"_s).toString());
            return list;
        };
        const QStringList english = descriptions(u"en"_s);
        const QStringList norwegian = descriptions(u"nb"_s);
        QCOMPARE(english.size(), norwegian.size());
        QVERIFY(!english.isEmpty());
        QVERIFY(english != norwegian); // the demo server translates module descriptions
    }

    void usageErrorsExitOne_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("missing owner") << QStringList{u"show"_s};
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s, u"owners"_s};
        QTest::newRow("unknown option") << QStringList{u"--bogus"_s, u"owners"_s};
        QTest::newRow("unset ticket variable")
            << QStringList{u"--ticket-env"_s, u"LICENSEDESK_NO_SUCH_VAR"_s, u"owners"_s};
    }
    void usageErrorsExitOne() {
        QFETCH(QStringList, args);
        const CliRun run = cli(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith(u"licensedesk-cli: "_s));
    }

    void helpAndVersionExitZero() {
        const CliRun help = cli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"preview OWNER"_s));
        const CliRun version = cli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"licensedesk-cli "_s));
    }

    void refusedConnectionExitsTwo() {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        const CliRun run = cli({u"owners"_s}, u"http://127.0.0.1:%1/api"_s.arg(port));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(u"licensedesk-cli: "_s));
        QVERIFY(run.out.isEmpty());
    }

    void wrongPasswordExitsThreeAndIsNeverShown() {
        const CliRun run = cli({u"owners"_s}, QString(), {{u"LICENSEDESK_PASSWORD"_s, kWrongPassword}});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(run.err.startsWith(u"licensedesk-cli: "_s));
        QVERIFY(!run.err.contains(kWrongPassword));
        QVERIFY(!run.out.contains(kWrongPassword));
    }

    void missingPasswordWithoutATerminalIsAUsageError() {
        const CliRun run = cli({u"owners"_s}, QString(), {{u"LICENSEDESK_PASSWORD"_s, QString()}});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"LICENSEDESK_PASSWORD"_s));
    }

    void ticketFromTheNamedVariableAuthenticates() {
        const CliRun run =
            cli({u"--ticket-env"_s, u"CLI_TEST_TICKET"_s, u"--format"_s, u"json"_s, u"owners"_s}, QString(),
                {{u"CLI_TEST_TICKET"_s, kTicket}, {u"LICENSEDESK_USER"_s, QString()}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!parseJson(run.out).array().isEmpty());
        QVERIFY(!run.out.contains(kTicket) && !run.err.contains(kTicket));
    }

    void unknownOwnerExitsFourWithTheServersMessage() {
        const CliRun run = cli({u"show"_s, u"NOSUCHOWNER"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith(u"licensedesk-cli: "_s));
        QVERIFY2(run.err.contains(u"License owner NOSUCHOWNER not found"_s), qPrintable(run.err));
    }

    void serverErrorPageIsNeverPrinted() {
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.setFallback(
            PeerReply::html("<html><body><h1>Internal Server Error</h1></body></html>", 500));
        const CliRun run = cli({u"owners"_s}, peer.apiRoot());
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.startsWith(u"licensedesk-cli: "_s));
        QVERIFY2(!run.err.contains(u'<'), qPrintable(run.err));
    }

    void malformedResponseExitsFive() {
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.setFallback(PeerReply::json("[{\"Current\": {\"ModuleLicenses\": 42}", 200));
        const CliRun run = cli({u"owners"_s}, peer.apiRoot());
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.err.startsWith(u"licensedesk-cli: "_s));
        QVERIFY(run.out.isEmpty());
    }

    void passwordNeverAppearsInAnyOutput() {
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY(!m_allOutput.contains(kPassword));
        QVERIFY(!m_allOutput.contains(kWrongPassword));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"

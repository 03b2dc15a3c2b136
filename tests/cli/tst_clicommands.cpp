// licensedesk-cli as a real process against licensedesk-demo-server (and a scripted peer for bad answers).
#include "TestHttpPeer.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"Cli-S3cret-Pass"_s;
const QString kWrongPassword = u"Wr0ng-Guess-Pass"_s;
const QString kTicket = u"7T:ZGVtby10aWNrZXQtbGljZW5zZWRlc2s="_s; // the demo server's fixed ticket

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

QString binary(const char *name) {
    return QStringLiteral(LICENSEDESK_BIN_DIR "/") + QLatin1StringView(name);
}

QJsonDocument parseJson(const QString &text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text.left(400)));
    return document;
}

QJsonObject byField(const QJsonArray &array, const QString &field, const QString &value) {
    for (const QJsonValue &item : array) {
        if (item.toObject().value(field).toString() == value)
            return item.toObject();
    }
    return {};
}

// A demo server process on a free loopback port with its own state file.
class DemoServerProcess {
public:
    bool start(const QString &dataFile) {
        m_process.setProgram(binary("licensedesk-demo-server"));
        m_process.setArguments({u"--port"_s, u"0"_s, u"--data"_s, dataFile, u"--reset"_s, u"--user"_s,
                                u"admin"_s, u"--password"_s, kPassword});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray line;
        QDeadlineTimer deadline(15000);
        while (!line.contains('\n') && !deadline.hasExpired()) {
            if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
                break;
            line += m_process.readAll();
        }
        const QByteArray first = line.left(line.indexOf('\n')).trimmed();
        const QByteArray prefix = "listening on ";
        if (!first.startsWith(prefix))
            return false;
        m_apiRoot = QString::fromUtf8(first.mid(prefix.size()));
        return true;
    }
    ~DemoServerProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString apiRoot() const { return m_apiRoot; }

private:
    QProcess m_process;
    QString m_apiRoot;
};

// The fixture's offer made activatable: ten-sales keeps its 21 seats, so nothing falls below use.
QJsonObject allowedOffer() {
    QFile file(QStringLiteral(LICENSEDESK_TEST_DATA "/license-from-license-server.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    QJsonObject offer = QJsonDocument::fromJson(file.readAll()).object();
    offer.insert(u"CanBeActivated"_s, true);
    offer.insert(u"Reason"_s, QString());
    QJsonArray modules = offer.value(u"ExtendedModuleLicenses"_s).toArray();
    for (qsizetype i = 0; i < modules.size(); ++i) {
        QJsonObject module = modules[i].toObject();
        QJsonObject newRow = module.value(u"New"_s).toObject();
        if (newRow.value(u"ModuleName"_s).toString() == u"ten-sales"_s) {
            newRow.insert(u"NumberOfLicenses"_s, 21);
            module.insert(u"New"_s, newRow);
            module.insert(u"NumberOfLicensesNewTotal"_s, 21);
            module.insert(u"NumberOfLicensesNewFree"_s, 3);
            module.insert(u"NumberOfLicensesAdded"_s, 0);
            modules[i] = module;
        }
    }
    offer.insert(u"ExtendedModuleLicenses"_s, modules);
    return offer;
}

// What GET License/{owner} answers once the offer is stored (activated) or before (not activated).
QJsonObject storedLicense(const QJsonObject &offer, bool activated) {
    QJsonObject stored;
    stored.insert(u"Reason"_s, QString());
    stored.insert(u"CanBeActivated"_s, false);
    stored.insert(u"New"_s, QJsonValue());
    stored.insert(u"Current"_s, offer.value(activated ? u"New"_s : u"Current"_s));
    QJsonArray modules;
    for (const QJsonValue &value : offer.value(u"ExtendedModuleLicenses"_s).toArray()) {
        QJsonObject module = value.toObject();
        const QJsonValue row = module.value(activated ? u"New"_s : u"Current"_s);
        if (row.isNull())
            continue;
        const int total = row.toObject().value(u"NumberOfLicenses"_s).toInt();
        const int inUse = module.value(u"NumberOfLicensesInUse"_s).toInt();
        modules.append(QJsonObject{{u"New"_s, QJsonValue()},
                                   {u"Current"_s, row},
                                   {u"NumberOfLicensesInUse"_s, inUse},
                                   {u"NumberOfLicensesFree"_s, total - inUse},
                                   {u"NumberOfLicensesAdded"_s, 0},
                                   {u"NumberOfLicensesNewTotal"_s, total},
                                   {u"NumberOfLicensesNewFree"_s, total - inUse},
                                   {u"NumberOfLicensesTotal"_s, total}});
    }
    stored.insert(u"ExtendedModuleLicenses"_s, modules);
    return stored;
}

QByteArray toBytes(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCliCommands : public QObject {
    Q_OBJECT

private:
    // Runs the CLI with stdin closed (not a terminal) while the event loop keeps in-process peers alive.
    CliRun cli(const QStringList &args, const QString &apiRoot = QString(),
               std::initializer_list<std::pair<QString, QString>> env = {}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"COLUMNS"_s);
        // No saved desktop profiles: the keychain fallback must find nothing and never be asked.
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        environment.insert(u"LICENSEDESK_URL"_s, apiRoot.isEmpty() ? m_server.apiRoot() : apiRoot);
        environment.insert(u"LICENSEDESK_USER"_s, u"admin"_s);
        environment.insert(u"LICENSEDESK_PASSWORD"_s, kPassword);
        for (const auto &[key, value] : env)
            environment.insert(key, value);
        process.setProcessEnvironment(environment);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(binary("licensedesk-cli"), args);
        if (!process.waitForStarted(10000))
            qFatal("licensedesk-cli did not start");
        process.closeWriteChannel();
        if (!finished.wait(60000))
            qFatal("licensedesk-cli did not finish");
        CliRun run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        m_allOutput += run.out + run.err;
        return run;
    }

    QTemporaryDir m_dir;
    DemoServerProcess m_server;
    QString m_allOutput;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.filePath(u"demo.json"_s)), "the demo server did not start");
    }

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
        TestHttpPeer peer;
        QVERIFY(peer.listen());
        peer.setFallback(
            ScriptedResponse::html("<html><body><h1>Internal Server Error</h1></body></html>", 500));
        const CliRun run = cli({u"owners"_s}, peer.url(u"/api"_s).toString());
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.err.startsWith(u"licensedesk-cli: "_s));
        QVERIFY2(!run.err.contains(u'<'), qPrintable(run.err));
    }

    void malformedResponseExitsFive() {
        TestHttpPeer peer;
        QVERIFY(peer.listen());
        peer.setFallback(ScriptedResponse::json("[{\"Current\": {\"ModuleLicenses\": 42}", 200));
        const CliRun run = cli({u"owners"_s}, peer.url(u"/api"_s).toString());
        QCOMPARE(run.exitCode, 5);
        QVERIFY(run.err.startsWith(u"licensedesk-cli: "_s));
        QVERIFY(run.out.isEmpty());
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
        TestHttpPeer peer;
        QVERIFY(peer.listen());
        const QJsonObject offer = allowedOffer();
        peer.route("/api/v1/Agents/License/GetLicenseFromLicenseServer",
                   ScriptedResponse::json(toBytes(offer)));
        ScriptedResponse dropped = ScriptedResponse::json("{\"Succeeded\": true, \"Reason\": \"\"}");
        dropped.dropMidBody = true;
        peer.route("/api/v1/Agents/License/ActivateLicenseInfo", dropped);
        peer.route("/api/v1/License/SUPEROFFICE",
                   ScriptedResponse::json(toBytes(storedLicense(offer, tookEffect))));

        const CliRun run = cli({u"--format"_s, u"json"_s, u"activate"_s, u"SUPEROFFICE"_s, u"--yes"_s},
                               peer.url(u"/api"_s).toString());
        QCOMPARE(run.exitCode, exitCode);
        qsizetype activations = 0;
        for (const RecordedRequest &request : peer.requests())
            activations += request.path() == "/api/v1/Agents/License/ActivateLicenseInfo" ? 1 : 0;
        QCOMPARE(activations, 1);
        QCOMPARE(peer.requests().last().path(), QByteArray("/api/v1/License/SUPEROFFICE"));
        QVERIFY2(run.err.contains(u"not sent again"_s), qPrintable(run.err));
        const QJsonObject summary = parseJson(run.out).object();
        QCOMPARE(summary.value(u"verified"_s).toBool(), tookEffect);
        QCOMPARE(summary.value(u"mismatches"_s).toArray().isEmpty(), tookEffect);
    }

    void refusedActivationExitsSixWithTheReason() {
        TestHttpPeer peer;
        QVERIFY(peer.listen());
        peer.route("/api/v1/Agents/License/GetLicenseFromLicenseServer",
                   ScriptedResponse::json(toBytes(allowedOffer())));
        peer.route(
            "/api/v1/Agents/License/ActivateLicenseInfo",
            ScriptedResponse::json("{\"Succeeded\": false, \"Reason\": \"Signature does not verify\"}"));
        const CliRun run = cli({u"activate"_s, u"SUPEROFFICE"_s, u"--yes"_s}, peer.url(u"/api"_s).toString());
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains(u"Signature does not verify"_s), qPrintable(run.err));
    }

    void passwordNeverAppearsInAnyOutput() {
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY(!m_allOutput.contains(kPassword));
        QVERIFY(!m_allOutput.contains(kWrongPassword));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"

// Secrets never leak: the CLI and the GUI run with a known password, ticket, token and app token at
// debug log level, and no output, log line or file written under a private HOME holds any of them.
#include "ActivationController.h"
#include "ActivationPreviewDialog.h"
#include "DemoServer.h"
#include "FaultCases.h"
#include "LoopbackPeer.h"
#include "ProcessSupport.h"
#include "ProfileStore.h"
#include "WindowHarness.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Testing;
using namespace Reliability;
using namespace ProcessTest;

namespace {

const QString kTicket = u"7T:SHlnaWVuZVRpY2tldC1yZWxpYWJpbGl0eQ=="_s;
const QString kToken = u"8A:Cust12345.HygieneBearerToken-1f9c2d"_s;
const QString kAppToken = u"HygieneAppToken-b7e2a4"_s;

QMutex capturedLock;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        const QMutexLocker locker(&capturedLock);
        captured << QString::fromLatin1(context.category ? context.category : "") + u": "_s + message;
    }
    // Warnings still reach the test log; the flood of debug lines only goes to the check.
    if (type != QtDebugMsg && type != QtInfoMsg && previousHandler)
        previousHandler(type, context, message);
}

/// Every form a secret could leak in: as is, base64 alone, and base64 inside a Basic header.
QList<QByteArray> secretForms() {
    QList<QByteArray> forms;
    for (const QString &secret : {kPassword, kTicket, kToken, kAppToken}) {
        forms << secret.toUtf8() << secret.toUtf8().toBase64() << secret.toUtf8().toPercentEncoding();
    }
    forms << (kUser + u':' + kPassword).toUtf8().toBase64();
    return forms;
}

/// The first secret form found in text, or empty.
QByteArray leakIn(const QByteArray &text) {
    for (const QByteArray &form : secretForms()) {
        if (text.contains(form))
            return form;
    }
    return {};
}

QByteArray leakIn(const QString &text) {
    QByteArray found = leakIn(text.toUtf8());
    // QSettings may store strings as UTF-16 in binary values; check that encoding too.
    for (const QString &secret : {kPassword, kTicket, kToken, kAppToken}) {
        if (found.isEmpty() && text.contains(secret))
            found = secret.toUtf8();
    }
    return found;
}

} // namespace

class TestSecretHygiene final : public QObject {
    Q_OBJECT

public:
    explicit TestSecretHygiene(QString home)
        : m_home(std::move(home)) {}

private:
    QString m_home;
    QString m_cliOutput;
    int m_cliRuns = 0;

    CliRun cli(const QStringList &args, const QString &apiRoot,
               std::initializer_list<std::pair<QString, QString>> extra = {}) {
        QProcessEnvironment environment = cliEnvironment(apiRoot, m_home + u"/.config"_s);
        environment.insert(u"HOME"_s, m_home);
        environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
        for (const auto &[key, value] : extra)
            environment.insert(key, value);
        const CliRun run = runCli(args, environment);
        m_cliOutput += run.out + run.err;
        ++m_cliRuns;
        return run;
    }

    /// Every file under the private HOME: none may hold a secret in any form.
    void verifyNoFileHoldsASecret() {
        int files = 0;
        QDirIterator it(m_home, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray content = file.readAll();
            QByteArray leak = leakIn(content);
            if (leak.isEmpty()) {
                const QString utf16 = QString::fromUtf16(
                    reinterpret_cast<const char16_t *>(content.constData()), content.size() / 2);
                leak = leakIn(utf16);
            }
            QVERIFY2(leak.isEmpty(), qPrintable(file.fileName() + u" holds "_s + QString::fromUtf8(leak)));
            ++files;
        }
        QVERIFY2(files > 0, "nothing was written: the check would prove nothing");
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QDir::homePath() == m_home);
        previousHandler = qInstallMessageHandler(capture);
        ActivationController::setConfirmHook(
            [](QWidget *, const QString &, const QString &) { return true; });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void cliKeepsSecretsOutOfOutputAndFiles() {
        DemoServerProcess server;
        QVERIFY(server.start(m_home + u"/demo-state.json"_s));
        for (const QStringList &args :
             {QStringList{u"owners"_s}, QStringList{u"--format"_s, u"json"_s, u"show"_s, u"SUPEROFFICE"_s},
              QStringList{u"status"_s, u"SUPEROFFICE"_s}, QStringList{u"preview"_s, u"NORDICSIGN"_s},
              QStringList{u"activate"_s, u"NORDICSIGN"_s, u"--yes"_s}}) {
            const CliRun run = cli(args, server.apiRoot());
            QVERIFY2(run.exitCode == 0, qPrintable(args.join(u' ') + u": "_s + run.err));
        }

        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.route(kOwnersPath, PeerReply::json(bytes("license-all-owners.json")));
        const std::initializer_list<std::pair<QString, QString>> bearer = {
            {u"HYGIENE_TOKEN"_s, kToken}, {u"HYGIENE_APP_TOKEN"_s, kAppToken}};
        const QStringList bearerArgs{u"--token-env"_s,     u"HYGIENE_TOKEN"_s,
                                     u"--app-token-env"_s, u"HYGIENE_APP_TOKEN"_s,
                                     u"--timeout"_s,       u"1"_s,
                                     u"owners"_s};
        QCOMPARE(cli(bearerArgs, peer.apiRoot(), bearer).exitCode, 0);
        QVERIFY(peer.requests().last().head.contains(kToken.toUtf8())); // the token was really sent
        peer.route(kOwnersPath,
                   PeerReply::json("{\"Error\":true,\"ErrorMessage\":\"Invalid ticket\"}", 401));
        QCOMPARE(cli(bearerArgs, peer.apiRoot(), bearer).exitCode, 3);
        QCOMPARE(cli({u"--ticket-env"_s, u"HYGIENE_TICKET"_s, u"owners"_s}, peer.apiRoot(),
                     {{u"HYGIENE_TICKET"_s, kTicket}})
                     .exitCode,
                 3);
        peer.route(kOwnersPath, PeerReply::html(kHtmlErrorPage, 500));
        QCOMPARE(cli(bearerArgs, peer.apiRoot(), bearer).exitCode, 4);
        peer.route(kOwnersPath, PeerReply::stall());
        QCOMPARE(cli(bearerArgs, peer.apiRoot(), bearer).exitCode, 2);
        peer.route(kOwnersPath, PeerReply::redirect(302, "http://localhost:" + QByteArray::number(peer.port()) +
                                                              "/elsewhere"));
        QCOMPARE(cli(bearerArgs, peer.apiRoot(), bearer).exitCode, 4);
        QCOMPARE(peer.requestCount("/elsewhere"), 0); // never followed to another origin with the token
        // Credentials typed into the URL itself are refused without echoing them.
        QString withUserInfo = LoopbackPeer::refusingApiRoot();
        withUserInfo.replace(u"http://"_s, u"http://admin:"_s + kPassword + u'@');
        const CliRun refused = cli({u"owners"_s}, withUserInfo);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"http://127.0.0.1:"_s), qPrintable(refused.err));

        // Debug logging was really on: the request headers were logged, redacted.
        QVERIFY2(m_cliOutput.contains(u"Authorization"_s), "no debug output reached the check");
        const QByteArray leak = leakIn(m_cliOutput);
        QVERIFY2(leak.isEmpty(), qPrintable(u"the CLI printed "_s + QString::fromUtf8(leak)));
        verifyNoFileHoldsASecret();
    }

    void guiKeepsSecretsOutOfLogsAndSettings() {
        DemoServerOptions options;
        options.user = kUser;
        options.password = kPassword;
        options.dataFile = m_home + u"/gui-demo-state.json"_s;
        DemoServer server(options);
        QVERIFY(server.listen());

        ProfileStore profiles;
        ConnectionProfile profile;
        profile.name = u"Hygiene"_s;
        profile.apiUrl = server.apiRoot().toString();
        profile.user = kUser;
        profile.useAppToken = true;
        profiles.save(profile);
        profiles.setLastUsed(profile.name);

        {
            WindowHarness harness;
            QVERIFY(harness.open(basicSettings(server.apiRoot().toString(), kUser, kPassword, 5000), 4));
            QVERIFY(harness.window->selectOwner(u"NORDICSIGN"_s));
            auto *controller = harness.window->activationController();
            QSignalSpy opened(controller, &ActivationController::dialogOpened);
            harness.window->findChild<QAction *>(u"actionCheck"_s)->trigger();
            QVERIFY(opened.wait(10000));
            QSignalSpy reread(controller, &ActivationController::ownerReread);
            QTest::mouseClick(controller->dialog()->activateButton(), Qt::LeftButton);
            QVERIFY(reread.wait(10000));

            LoopbackPeer peer;
            QVERIFY(peer.listen());
            ConnectionSettings bearer = basicSettings(peer.apiRoot(), QString(), kToken);
            bearer.auth = AuthMethod::Bearer;
            bearer.appToken = kAppToken;
            harness.client->setSettings(bearer);
            for (const PeerReply &reply :
                 {PeerReply::json(bytes("license-all-owners.json")), PeerReply::json("{}", 401),
                  PeerReply::html(kHtmlErrorPage, 500), PeerReply::stall()}) {
                peer.route(kOwnersPath, reply);
                QSignalSpy shown(harness.window.get(), &MainWindow::ownersShown);
                QSignalSpy failed(harness.window->session(), &LicenseSession::refreshFailed);
                harness.window->refresh();
                QVERIFY(QTest::qWaitFor([&] { return shown.count() + failed.count() > 0; }, 10000));
            }
            QVERIFY(peer.requests().first().head.contains(kToken.toUtf8()));
            harness.window->close(); // writes the window's settings
        }
        QSettings().sync();

        QStringList messages;
        {
            const QMutexLocker locker(&capturedLock);
            messages = captured;
        }
        const QString all = messages.join(u'\n');
        QVERIFY2(all.contains(u"Authorization"_s), "no debug output reached the check");
        const QByteArray leak = leakIn(all);
        QVERIFY2(leak.isEmpty(), qPrintable(u"the GUI logged "_s + QString::fromUtf8(leak)));
        verifyNoFileHoldsASecret();
    }
};

int main(int argc, char *argv[]) {
    // A private HOME and XDG tree before anything reads them, and every debug category on.
    QTemporaryDir home;
    if (!home.isValid())
        qFatal("no temporary directory");
    const QByteArray root = home.path().toUtf8();
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/.config");
    qputenv("XDG_DATA_HOME", root + "/.local/share");
    qputenv("XDG_CACHE_HOME", root + "/.cache");
    qputenv("XDG_STATE_HOME", root + "/.local/state");
    qputenv("QT_LOGGING_RULES", "*.debug=true");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"LicenseDesk"_s);
    QCoreApplication::setApplicationName(u"licensedesk-hygiene"_s);
    TestSecretHygiene test(home.path());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrethygiene.moc"

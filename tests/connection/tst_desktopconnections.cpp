// The desktop app's connections with real widgets: the last profile opens at start, --demo leaves
// no trace in the settings, the Connection menu switches installations, a missing secret opens the
// connection dialog with the reason, and an untrusted certificate is offered for pinning.
#include "BusyIndicator.h"
#include "CertificateDialog.h"
#include "ConnectionDialog.h"
#include "ConnectionMenu.h"
#include "DemoServer.h"
#include "DemoServerThread.h"
#include "DesktopApp.h"
#include "LicenseClient.h"
#include "LoopbackPeer.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "MessageBar.h"
#include "OwnerListModel.h"
#include "ProfileStore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Testing;

class TestDesktopConnections final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DemoServer> m_alphaServer;
    std::unique_ptr<DemoServer> m_betaServer;           // a smaller installation, so its owners tell it apart
    std::unique_ptr<MemorySecretStore> m_secretsForApp; // handed to the app when it starts
    MemorySecretStore *m_secrets = nullptr;             // then owned by m_app
    std::unique_ptr<DesktopApp> m_app;
    QList<QPointer<QDialog>> m_dialogs;

    static ConnectionProfile profileFor(const QString &name, const DemoServer &server) {
        ConnectionProfile profile;
        profile.name = name;
        profile.apiUrl = server.apiRoot().toString();
        profile.auth = AuthMethod::Basic;
        profile.user = DemoServer::DemoUser;
        return profile;
    }

    /// Saves profiles the way an earlier run of the app would have left them.
    static void saveProfiles(const QList<ConnectionProfile> &profiles, const QString &lastUsed) {
        ProfileStore store;
        for (const ConnectionProfile &profile : profiles)
            store.save(profile);
        store.setLastUsed(lastUsed);
    }

    void storePassword(const QString &profile) {
        bool stored = false;
        m_secrets->write(profile, SecretKind::Password, DemoServer::DemoPassword, this,
                         [&stored](const SecretResult &result) { stored = result.ok(); });
        QTRY_VERIFY(stored);
    }

    /// Builds the app the way main() does, with the secrets the test stored, and starts it.
    std::optional<DesktopApp::StartFailure> startApp(const DesktopApp::Options &options) {
        m_app = std::make_unique<DesktopApp>(options, std::move(m_secretsForApp));
        m_app->setModalHook([this](QDialog *dialog) {
            m_dialogs.append(dialog);
            dialog->show();
        });
        return m_app->start();
    }

    template <typename T> T *lastDialog() const {
        return m_dialogs.isEmpty() ? nullptr : qobject_cast<T *>(m_dialogs.constLast().data());
    }

    int ownersShown() const { return m_app->window()->ownerModel()->rowCount(); }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init() {
        QSettings().clear();
        QSettings().setValue(DesktopApp::languageKey(), QStringLiteral("en"));
        m_alphaServer = std::make_unique<DemoServer>(DemoServerOptions{});
        QVERIFY(m_alphaServer->listen());
        DemoServerOptions small;
        small.owners = 2;
        small.modules = 3;
        m_betaServer = std::make_unique<DemoServer>(small);
        QVERIFY(m_betaServer->listen());
        m_secretsForApp = std::make_unique<MemorySecretStore>();
        m_secrets = m_secretsForApp.get();
    }

    void cleanup() {
        m_dialogs.clear();
        m_app.reset();
        // What the app let go with deleteLater() (replies, jobs, dialogs) goes now, while the servers
        // it talked to still exist, and never inside the next test.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_alphaServer.reset();
        m_betaServer.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QSettings().clear();
    }

    void lastUsedProfileOpensAtStart() {
        saveProfiles({profileFor(QStringLiteral("Alpha"), *m_alphaServer),
                      profileFor(QStringLiteral("Beta"), *m_betaServer)},
                     QStringLiteral("Beta"));
        storePassword(QStringLiteral("Alpha"));
        storePassword(QStringLiteral("Beta"));

        QVERIFY(!startApp({}));
        QTRY_COMPARE_WITH_TIMEOUT(ownersShown(), 2, 10000);
        QCOMPARE(m_app->currentProfile(), QStringLiteral("Beta"));
        QCOMPARE(m_app->client()->settings().apiRoot, m_betaServer->apiRoot());
        QVERIFY(m_app->window()->windowTitle().contains(QStringLiteral("Beta")));
        QVERIFY(m_app->connectionMenu()->actionFor(QStringLiteral("Beta"))->isChecked());
        QVERIFY(!m_app->connectionMenu()->actionFor(QStringLiteral("Alpha"))->isChecked());
        QVERIFY(m_dialogs.isEmpty());
    }

    void windowAppearsWithTheFirstAnswer() {
        saveProfiles({profileFor(QStringLiteral("Alpha"), *m_alphaServer)}, QStringLiteral("Alpha"));
        storePassword(QStringLiteral("Alpha"));
        QVERIFY(!startApp({}));
        QVERIFY(!m_app->window()->isVisible()); // no empty window painted first

        QSignalSpy shown(m_app->window(), &MainWindow::ownersShown);
        QVERIFY(shown.wait(10000));
        QVERIFY(m_app->window()->isVisible());
        QCOMPARE(ownersShown(), 4);
    }

    void slowServerStillShowsTheWindowAtOnce() {
        DemoServerOptions slow;
        slow.latencyMs = 20000;
        DemoServer server(slow);
        QVERIFY(server.listen());
        saveProfiles({profileFor(QStringLiteral("Slow"), server)}, QStringLiteral("Slow"));
        storePassword(QStringLiteral("Slow"));
        QVERIFY(!startApp({}));

        // Well before the answer: the window is there and says that it is reading.
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->isVisible(), 5000);
        QCOMPARE(ownersShown(), 0);
        auto *busy = m_app->window()->findChild<BusyIndicator *>(QStringLiteral("busyIndicator"));
        QVERIFY(busy && busy->isBusy() && busy->isVisible());
        m_app.reset(); // cancels the read before the server goes
    }

    void demoProfileIsNeverWrittenToTheSettings() {
        saveProfiles({profileFor(QStringLiteral("Alpha"), *m_alphaServer)}, QStringLiteral("Alpha"));

        QVERIFY(!startApp({.demo = true, .url = {}}));
        QTRY_COMPARE_WITH_TIMEOUT(ownersShown(), 4, 10000);
        const QString demo = m_app->currentProfile();
        QVERIFY(m_app->profiles().isSessionOnly(demo));
        QCOMPARE(m_app->client()->settings().apiRoot, m_app->demoServer()->apiRoot());
        QVERIFY(m_app->connectionMenu()->actionFor(demo)->isChecked());
        QVERIFY(m_app->connectionMenu()->actionFor(demo)->text().contains(demo));
        QCOMPARE(m_secrets->count(), 0);

        // What the next run of the app reads: the saved profile, still the last used one.
        ProfileStore saved;
        QCOMPARE(saved.profileNames(), QStringList{QStringLiteral("Alpha")});
        QCOMPARE(saved.lastUsed(), QStringLiteral("Alpha"));
        const QString port = QString::number(m_app->demoServer()->port());
        QSettings settings;
        const QStringList keys = settings.allKeys();
        for (const QString &key : keys) {
            const QString value = settings.value(key).toString();
            QVERIFY2(!value.contains(demo) && !value.contains(port), qPrintable(key + u'=' + value));
        }
    }

    void switchingProfileThroughTheMenuReconnects() {
        saveProfiles({profileFor(QStringLiteral("Alpha"), *m_alphaServer),
                      profileFor(QStringLiteral("Beta"), *m_betaServer)},
                     QStringLiteral("Alpha"));
        storePassword(QStringLiteral("Alpha"));
        storePassword(QStringLiteral("Beta"));
        QVERIFY(!startApp({}));
        QTRY_COMPARE_WITH_TIMEOUT(ownersShown(), 4, 10000);

        QMenu *menu = m_app->window()->connectionMenu();
        QAction *beta = m_app->connectionMenu()->actionFor(QStringLiteral("Beta"));
        QVERIFY(menu->actions().contains(beta));
        QSignalSpy shown(m_app->window(), &MainWindow::ownersShown);
        beta->trigger();
        QVERIFY(shown.wait(10000));
        QCOMPARE(ownersShown(), 2);
        QCOMPARE(m_app->currentProfile(), QStringLiteral("Beta"));
        QCOMPARE(m_app->client()->settings().apiRoot, m_betaServer->apiRoot());
        QVERIFY(beta->isChecked());
        QCOMPARE(ProfileStore().lastUsed(), QStringLiteral("Beta"));

        m_app->connectionMenu()->actionFor(QStringLiteral("Alpha"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(ownersShown(), 4, 10000);
        QCOMPARE(m_app->client()->settings().apiRoot, m_alphaServer->apiRoot());
    }

    void urlOptionPrefersTheSavedProfileWithThatAddress() {
        saveProfiles({profileFor(QStringLiteral("Alpha"), *m_alphaServer),
                      profileFor(QStringLiteral("Beta"), *m_betaServer)},
                     QStringLiteral("Alpha"));
        storePassword(QStringLiteral("Beta"));
        // The form admins paste: the site URL instead of the API root.
        QString site = m_betaServer->apiRoot().toString();
        site.chop(int(qstrlen("/api")));
        QVERIFY(!startApp({.demo = false, .url = site + QStringLiteral("/")}));
        QTRY_COMPARE_WITH_TIMEOUT(ownersShown(), 2, 10000);
        QCOMPARE(m_app->currentProfile(), QStringLiteral("Beta"));
    }

    void urlOptionWithoutSavedProfileConnectsForThisSessionOnly() {
        saveProfiles({profileFor(QStringLiteral("Alpha"), *m_alphaServer)}, QStringLiteral("Alpha"));
        QVERIFY(!startApp({.demo = false, .url = m_betaServer->apiRoot().toString()}));
        QTRY_COMPARE(m_app->client()->settings().apiRoot, m_betaServer->apiRoot());
        QVERIFY(m_app->profiles().isSessionOnly(m_app->currentProfile()));
        // No credentials were given: the server refuses, and the message bar says so.
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window()->findChild<MessageBar *>()->isVisible(), 10000);
        QCOMPARE(ProfileStore().profileNames(), QStringList{QStringLiteral("Alpha")});
        QCOMPARE(ProfileStore().lastUsed(), QStringLiteral("Alpha"));
    }

    void unusableUrlOptionFailsTheStart() {
        const std::optional<DesktopApp::StartFailure> failure =
            startApp({.demo = false, .url = QStringLiteral("ftp://crm.example.com")});
        QVERIFY(failure);
        QCOMPARE(failure->exitCode, 2);
        QVERIFY(!failure->message.isEmpty());
    }

    void missingSecretOpensTheDialogWithTheReason() {
        saveProfiles({profileFor(QStringLiteral("Alpha"), *m_alphaServer)}, QStringLiteral("Alpha"));
        QVERIFY(!startApp({}));

        QTRY_VERIFY(lastDialog<ConnectionDialog>());
        auto *dialog = lastDialog<ConnectionDialog>();
        QCOMPARE(dialog->currentProfileName(), QStringLiteral("Alpha"));
        QVERIFY2(dialog->statusText().contains(QStringLiteral("password")), qPrintable(dialog->statusText()));
        QVERIFY(m_app->currentProfile().isEmpty());

        auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QVERIFY(password && password->isVisible());
        QTest::keyClicks(password, DemoServer::DemoPassword);
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(ownersShown(), 4, 10000);
        QCOMPARE(m_app->currentProfile(), QStringLiteral("Alpha"));
        QTRY_COMPARE(m_secrets->count(), 1); // kept in the keychain for the next start
    }

    void unavailableKeychainOpensTheDialogAndSaysWhy() {
        saveProfiles({profileFor(QStringLiteral("Alpha"), *m_alphaServer)}, QStringLiteral("Alpha"));
        const QString why = QStringLiteral("No keychain service runs in this session.");
        m_secrets->setUnavailable(why);
        QVERIFY(!startApp({}));

        QTRY_VERIFY(lastDialog<ConnectionDialog>());
        auto *dialog = lastDialog<ConnectionDialog>();
        QVERIFY2(dialog->statusText().contains(why), qPrintable(dialog->statusText()));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                         DemoServer::DemoPassword);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(ownersShown(), 4, 10000);
        QCOMPARE(m_secrets->count(), 0);

        // Typed once, kept for the session: switching away and back asks no more.
        m_dialogs.clear();
        m_app->openProfile(QStringLiteral("Alpha"));
        QTRY_COMPARE_WITH_TIMEOUT(ownersShown(), 4, 10000);
        QVERIFY(m_dialogs.isEmpty());
    }

    void manageConnectionsOpensTheDialogOnTheProfileInUse() {
        saveProfiles({profileFor(QStringLiteral("Alpha"), *m_alphaServer)}, QStringLiteral("Alpha"));
        storePassword(QStringLiteral("Alpha"));
        QVERIFY(!startApp({}));
        QTRY_COMPARE_WITH_TIMEOUT(ownersShown(), 4, 10000);

        auto *manage = m_app->window()->findChild<QAction *>(QStringLiteral("actionConnection"));
        QVERIFY(m_app->window()->connectionMenu()->actions().contains(manage));
        manage->trigger();
        QTRY_VERIFY(lastDialog<ConnectionDialog>());
        QCOMPARE(lastDialog<ConnectionDialog>()->currentProfileName(), QStringLiteral("Alpha"));
        // Edits saved without connecting apply to the connection in use when the dialog closes.
        auto *dialog = lastDialog<ConnectionDialog>();
        auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("apiUrlEdit"));
        url->setText(m_betaServer->apiRoot().toString());
        QVERIFY(dialog->saveProfile());
        QSignalSpy opened(m_app.get(), &DesktopApp::profileOpened);
        dialog->reject();
        QTRY_COMPARE_WITH_TIMEOUT(ownersShown(), 2, 10000);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(m_app->client()->settings().apiRoot, m_betaServer->apiRoot());
    }

    void untrustedCertificateIsOfferedAndPinnedOnTrust() {
        QFile file(QStringLiteral(LICENSEDESK_TEST_DATA "/license-all-owners.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        const std::optional<SelfSignedCertificate> certificate = SelfSignedCertificate::generate(&error);
        if (!certificate && QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
            QSKIP("openssl is not installed");
        QVERIFY2(certificate, qPrintable(error));
        LoopbackPeer server(*certificate);
        server.setFallback(PeerReply::json(file.readAll()));
        QVERIFY(server.listen());
        ConnectionProfile profile;
        profile.name = QStringLiteral("Self-signed");
        profile.apiUrl = server.apiRoot();
        profile.auth = AuthMethod::None;
        saveProfiles({profile}, profile.name);

        QVERIFY(!startApp({}));
        QTRY_VERIFY_WITH_TIMEOUT(lastDialog<CertificateDialog>(), 20000);
        auto *dialog = lastDialog<CertificateDialog>();
        const QByteArray fingerprint = certificate->certificate.digest(QCryptographicHash::Sha256).toHex();
        QCOMPARE(dialog->fingerprint(), fingerprint);
        QVERIFY(m_app->window()->findChild<MessageBar *>()->isVisible()); // the error is shown too
        dialog->trustButton()->click();

        QTRY_VERIFY_WITH_TIMEOUT(ownersShown() > 0, 20000);
        QVERIFY(ProfileStore().load(profile.name)->trustedCertificates.contains(fingerprint));
        QVERIFY(m_app->client()->settings().trustedCertificates.contains(fingerprint));
    }

    void declinedCertificateIsNotOfferedAgain() {
        QString error;
        const std::optional<SelfSignedCertificate> certificate = SelfSignedCertificate::generate(&error);
        if (!certificate)
            QSKIP("openssl could not make a certificate");
        LoopbackPeer server(*certificate);
        server.setFallback(PeerReply::json(QByteArrayLiteral("[]")));
        QVERIFY(server.listen());
        ConnectionProfile profile;
        profile.name = QStringLiteral("Self-signed");
        profile.apiUrl = server.apiRoot();
        profile.auth = AuthMethod::None;
        saveProfiles({profile}, profile.name);

        QVERIFY(!startApp({}));
        QTRY_VERIFY_WITH_TIMEOUT(lastDialog<CertificateDialog>(), 20000);
        lastDialog<CertificateDialog>()->reject();
        QSignalSpy failed(m_app->window(), &MainWindow::refreshFailed);
        m_app->window()->refresh();
        QVERIFY(failed.wait(20000));
        QCOMPARE(m_dialogs.size(), 1);
        QVERIFY(ProfileStore().load(profile.name)->trustedCertificates.isEmpty());
    }
};

QTEST_MAIN(TestDesktopConnections)
#include "tst_desktopconnections.moc"

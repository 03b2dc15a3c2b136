// Start-up order matters: language before windows, the window before any dialog that needs a parent.
#include "DesktopApp.h"

#include "ActivationController.h"
#include "ActivationPreviewDialog.h"
#include "CertificateDialog.h"
#include "ConnectionDialog.h"
#include "ConnectionMenu.h"
#include "DemoServerThread.h"
#include "KeychainSecretStore.h"
#include "LanguageMenu.h"
#include "LicenseClient.h"
#include "MainWindow.h"
#include "ProfileConnector.h"
#include "ProfileStore.h"
#include "Translator.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace LicenseDesk {

DesktopApp::DesktopApp(Options options, std::unique_ptr<SecretStore> secrets, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_demo(m_options.demo ? std::make_unique<DemoServerThread>(DemoServerOptions{}) : nullptr)
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_client(std::make_unique<LicenseClient>(m_network.get()))
    , m_secrets(secrets ? std::move(secrets) : std::make_unique<KeychainSecretStore>())
    , m_profiles(std::make_unique<ProfileStore>())
    , m_connector(new ProfileConnector(*m_profiles, *m_secrets, this)) {
    if (m_demo)
        m_demo->start();
    // Installed before the first window so every widget is built in the chosen language.
    const QString setting = QSettings().value(languageKey(), Translator::systemSetting()).toString();
    m_language = Translator::install(setting);
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_client->setSettings(withLanguage({}));

    m_window = std::make_unique<MainWindow>(m_client.get());
    m_connectionMenu = new ConnectionMenu(m_window->connectionMenu(), *m_profiles);
    m_languageMenu = new LanguageMenu(m_window->languageMenu());
    m_languageMenu->setCurrent(setting);

    connect(m_connector, &ProfileConnector::ready, this, &DesktopApp::onProfileReady);
    connect(m_connector, &ProfileConnector::needsInput, this,
            [this](const QString &name, const QString &reason) {
                m_connectionMenu->setCurrent(m_current.name);
                showConnectionDialog(name, reason);
            });
    connect(m_connectionMenu, &ConnectionMenu::profileChosen, this, &DesktopApp::openProfile);
    connect(m_languageMenu, &LanguageMenu::languageChosen, this, &DesktopApp::setLanguage);
    connect(m_window.get(), &MainWindow::connectionDialogRequested, this, [this] { showConnectionDialog(); });
    connect(m_window.get(), &MainWindow::refreshFailed, this, &DesktopApp::offerCertificate);
}

DesktopApp::~DesktopApp() {
    // Dialogs are the window's children; the window goes before the stores they refer to.
    m_window.reset();
}

std::optional<DesktopApp::StartFailure> DesktopApp::start() {
    QString first = m_profiles->lastUsed();
    if (m_demo) {
        if (std::optional<StartFailure> failure = addDemoProfile())
            return failure;
        first = m_profiles->lastUsed();
    } else if (!m_options.url.isEmpty()) {
        QString error;
        const std::optional<QUrl> root = ConnectionSettings::normaliseApiRoot(m_options.url, &error);
        if (!root)
            return StartFailure{2, error};
        first = savedProfileFor(*root);
        if (first.isEmpty()) {
            ConnectionProfile profile;
            profile.name = root->host();
            profile.apiUrl = m_options.url;
            profile.auth = AuthMethod::None; // as given: add credentials in the connection dialog
            m_profiles->setSessionProfile(profile);
            first = profile.name;
        }
    }
    m_connectionMenu->rebuild();
    if (first.isEmpty() || !m_profiles->contains(first)) {
        m_window->show();
        return std::nullopt;
    }
    showWindowWithFirstAnswer();
    openProfile(first);
    return std::nullopt;
}

void DesktopApp::showWindowWithFirstAnswer() {
    // Painting the empty window first would cost more than the local demo server's whole answer.
    MainWindow *window = m_window.get();
    const auto show = [window] {
        if (!window->isVisible())
            window->show();
    };
    connect(window, &MainWindow::ownersShown, window, show, Qt::SingleShotConnection);
    connect(window, &MainWindow::refreshFailed, window, show, Qt::SingleShotConnection);
    QTimer::singleShot(FirstAnswerGraceMs, window, show);
}

std::optional<DesktopApp::StartFailure> DesktopApp::addDemoProfile() {
    if (!m_demo->waitUntilListening())
        return StartFailure{1, tr("The demo server did not start: %1").arg(m_demo->errorString())};
    // Through the real network stack, exactly like a customer installation with Basic auth.
    ConnectionProfile profile;
    //: name of the connection to the built-in demo server (shown in the Connection menu)
    profile.name = tr("Demo server");
    profile.apiUrl = m_demo->apiRoot().toString();
    profile.auth = AuthMethod::Basic;
    profile.user = DemoServer::DemoUser;
    m_profiles->setSessionProfile(profile);
    m_profiles->setLastUsed(profile.name); // session-only: never written
    m_connector->rememberSecrets(profile.name, ProfileSecrets{DemoServer::DemoPassword, {}, {}});
    return std::nullopt;
}

QString DesktopApp::savedProfileFor(const QUrl &apiRoot) const {
    const QList<ConnectionProfile> profiles = m_profiles->profiles();
    for (const ConnectionProfile &profile : profiles) {
        if (ConnectionSettings::normaliseApiRoot(profile.apiUrl) == apiRoot)
            return profile.name;
    }
    return {};
}

ConnectionDialog *DesktopApp::connectionDialog() const {
    return m_dialog;
}

void DesktopApp::openProfile(const QString &name) {
    if (m_window->activationController()->isActivating()) {
        // The activation's re-read must reach the installation that was activated.
        m_connectionMenu->setCurrent(m_current.name);
        m_window->statusBar()->showMessage(
            tr("Wait until the activation has finished before switching connections."), 5000);
        return;
    }
    m_connector->open(name);
}

void DesktopApp::onProfileReady(const ConnectionProfile &profile, const ConnectionSettings &settings) {
    m_current = profile;
    m_client->setSettings(withLanguage(settings));
    m_profiles->setLastUsed(profile.name);
    m_connectionMenu->setCurrent(profile.name);
    m_window->setConnectionName(profile.name);
    m_window->resetConnection();
    emit profileOpened(profile.name);
}

void DesktopApp::disconnectFromServer() {
    m_connector->cancel();
    m_current = {};
    m_client->setSettings(withLanguage({}));
    m_connectionMenu->setCurrent({});
    m_window->setConnectionName({});
    m_window->resetConnection();
}

void DesktopApp::showConnectionDialog(const QString &select, const QString &reason) {
    if (m_dialog) {
        if (!select.isEmpty())
            reason.isEmpty() ? m_dialog->selectProfile(select) : m_dialog->askForSecret(select, reason);
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    auto *dialog = new ConnectionDialog(*m_profiles, *m_secrets, m_network.get(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_modalHook)
        dialog->setModalHook(m_modalHook);
    const QHash<QString, ProfileSecrets> &known = m_connector->sessionSecrets();
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        dialog->rememberSecrets(it.key(), it.value());
    const QString shown = select.isEmpty() ? m_current.name : select;
    if (!reason.isEmpty())
        dialog->askForSecret(shown, reason);
    else if (!shown.isEmpty())
        dialog->selectProfile(shown);

    connect(dialog, &ConnectionDialog::profileSaved, this, [this, dialog](const QString &name) {
        m_connector->rememberSecrets(name, dialog->formSecrets());
        m_connectionMenu->rebuild();
    });
    connect(dialog, &ConnectionDialog::profileRenamed, this,
            [this](const QString &oldName, const QString &newName) {
                m_connector->renameSecrets(oldName, newName);
                if (m_current.name == oldName) {
                    m_current.name = newName;
                    m_window->setConnectionName(newName);
                    m_connectionMenu->setCurrent(newName);
                }
            });
    connect(dialog, &ConnectionDialog::profileRemoved, this, [this](const QString &name) {
        m_connector->forgetSecrets(name);
        m_connectionMenu->rebuild();
        if (m_current.name == name)
            disconnectFromServer();
    });
    connect(dialog, &QDialog::finished, this,
            [this, dialog](int result) { onDialogFinished(dialog, result); });
    m_dialog = dialog;
    showModal(dialog);
}

void DesktopApp::onDialogFinished(ConnectionDialog *dialog, int result) {
    m_connectionMenu->rebuild();
    if (result == QDialog::Accepted) {
        const ConnectionProfile &chosen = dialog->chosenProfile();
        m_connector->rememberSecrets(chosen.name, dialog->chosenSecrets());
        openProfile(chosen.name);
        return;
    }
    // Closed without connecting: edits saved to the connection in use take effect now.
    if (m_current.name.isEmpty())
        return;
    const std::optional<ConnectionProfile> saved = m_profiles->load(m_current.name);
    if (saved && *saved != m_current)
        openProfile(m_current.name);
}

void DesktopApp::setLanguage(const QString &setting) {
    QSettings().setValue(languageKey(), setting);
    m_language = Translator::install(setting);
    m_languageMenu->setCurrent(setting);
    m_client->setSettings(withLanguage(m_client->settings()));
    // Module and owner descriptions come from the server in the requested language.
    if (!m_client->settings().apiRoot.isEmpty())
        m_window->reloadConnection();
}

ConnectionSettings DesktopApp::withLanguage(ConnectionSettings settings) const {
    settings.language = m_language;
    settings.culture = m_language;
    return settings;
}

void DesktopApp::offerCertificate(const ApiError &error) {
    if (error.category != ErrorCategory::Tls || error.certificateChain.isEmpty() ||
        m_current.name.isEmpty() || m_certificateDialog || m_dialog)
        return;
    const QByteArray fingerprint = certificateFingerprint(error.certificateChain.constFirst());
    if (m_declinedCertificates.contains(fingerprint))
        return; // asked once this session; the message bar still says what is wrong
    auto *dialog = new CertificateDialog(error.certificateChain, {}, m_current.name,
                                         m_client->settings().apiRoot.host(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString profile = m_current.name;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, profile] { trustCertificate(profile, dialog->fingerprint()); });
    connect(dialog, &QDialog::rejected, this,
            [this, fingerprint] { m_declinedCertificates.insert(fingerprint); });
    m_certificateDialog = dialog;
    showModal(dialog);
}

void DesktopApp::trustCertificate(const QString &profile, const QByteArray &fingerprint) {
    // Only this certificate, only for this profile: other TLS errors still fail.
    if (!m_profiles->addTrustedCertificate(profile, fingerprint) || profile != m_current.name)
        return;
    const std::optional<ConnectionProfile> saved = m_profiles->load(profile);
    m_current.trustedCertificates = saved->trustedCertificates;
    ConnectionSettings settings = m_client->settings();
    settings.trustedCertificates = saved->trustedCertificates;
    m_client->setSettings(settings);
    m_window->reloadConnection();
}

void DesktopApp::showModal(QDialog *dialog) {
    m_window->show(); // a dialog at start-up must not wait for the first answer's grace time
    if (m_modalHook) {
        m_modalHook(dialog);
        return;
    }
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

} // namespace LicenseDesk

// The desktop application: one network stack, the saved connections, the language and the window.
#pragma once

#include "ApiError.h"
#include "ConnectionProfile.h"
#include "SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

class QDialog;
class QNetworkAccessManager;

namespace LicenseDesk {

class ConnectionDialog;
class ConnectionMenu;
class DemoServerThread;
class LanguageMenu;
class LicenseClient;
class MainWindow;
class ProfileConnector;
class ProfileStore;

/// Owns everything main() needs. At start the saved language is installed before any window
/// exists, then the last used connection opens (or --demo / --url for this session only). The window
/// appears with the first answer, or after FirstAnswerGraceMs when that takes longer.
/// Dialogs that ask for a decision (connection, certificate) go through a modal hook.
class DesktopApp final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    struct Options {
        bool demo = false; ///< start the built-in demo server and connect to it
        QString url;       ///< connect to this WebAPI (a saved connection with the same URL is preferred)
    };
    struct StartFailure {
        int exitCode = 1;
        QString message; ///< translated, for stderr
    };
    /// Shows a dialog the app created; the default opens it window-modal. Tests answer it instead.
    using ModalHook = std::function<void(QDialog *)>;

    /// QSettings key of the language setting ("system" or an ISO code).
    static QString languageKey() { return QStringLiteral("language"); }

    /// How long the window waits for the first answer before it appears without it.
    static constexpr int FirstAnswerGraceMs = 300;

    /// secrets: where passwords, tickets and tokens live; nullptr means the system keychain.
    /// With options.demo the demo server starts building at once, while the window is built.
    explicit DesktopApp(Options options, std::unique_ptr<SecretStore> secrets = nullptr,
                        QObject *parent = nullptr);
    ~DesktopApp() override;

    /// Opens the first connection and shows the window; a failure means main() should exit.
    std::optional<StartFailure> start();

    /// Connects to a profile; its secrets come from this session or the keychain, and when one is
    /// missing the connection dialog opens and says why.
    void openProfile(const QString &name);
    /// Opens the connection dialog (or raises the open one); with reason, asks for select's secret.
    void showConnectionDialog(const QString &select = {}, const QString &reason = {});
    /// Saves, installs and uses a language setting: texts, number formats and what the server sends.
    void setLanguage(const QString &setting);
    void setModalHook(ModalHook hook) { m_modalHook = std::move(hook); }

    MainWindow *window() const { return m_window.get(); }
    LicenseClient *client() const { return m_client.get(); }
    ProfileStore &profiles() const { return *m_profiles; }
    SecretStore &secrets() const { return *m_secrets; }
    /// The built-in demo server (--demo), or nullptr.
    DemoServerThread *demoServer() const { return m_demo.get(); }
    ConnectionMenu *connectionMenu() const { return m_connectionMenu; }
    LanguageMenu *languageMenu() const { return m_languageMenu; }
    /// The open connection dialog, or nullptr.
    ConnectionDialog *connectionDialog() const;
    /// Name of the connection in use; empty when not connected.
    QString currentProfile() const { return m_current.name; }
    /// ISO code of the language in use ("en", "nb", ...).
    QString language() const { return m_language; }

signals:
    /// The client now talks to this profile's installation (the window is reading its owners).
    void profileOpened(const QString &name);

private:
    std::optional<StartFailure> addDemoProfile();
    void showWindowWithFirstAnswer();
    QString savedProfileFor(const QUrl &apiRoot) const;
    void onProfileReady(const ConnectionProfile &profile, const ConnectionSettings &settings);
    void onDialogFinished(ConnectionDialog *dialog, int result);
    void disconnectFromServer();
    void offerCertificate(const ApiError &error);
    void trustCertificate(const QString &profile, const QByteArray &fingerprint);
    void showModal(QDialog *dialog);
    ConnectionSettings withLanguage(ConnectionSettings settings) const;

    // Declared in the order they must be built; destroyed in reverse (the window first).
    const Options m_options;
    std::unique_ptr<DemoServerThread> m_demo;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LicenseClient> m_client;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    ProfileConnector *m_connector;
    std::unique_ptr<MainWindow> m_window;
    ConnectionMenu *m_connectionMenu = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QPointer<ConnectionDialog> m_dialog;
    QPointer<QDialog> m_certificateDialog;
    ModalHook m_modalHook;
    ConnectionProfile m_current; ///< as it was when connecting; empty name when not connected
    QString m_language;
    QSet<QByteArray> m_declinedCertificates;
};

} // namespace LicenseDesk

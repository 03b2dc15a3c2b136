// Manages connection profiles: edit, keep secrets in the keychain, test, and trust certificates.
#pragma once

#include "ConnectionProfile.h"
#include "ConnectionTester.h"

#include <QDialog>
#include <QHash>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTreeWidgetItem;

namespace Ui {
class ConnectionDialog;
}

namespace LicenseDesk {

class ProfileStore;
class SecretStore;

/// Connect (OK) saves the shown profile, remembers it as last used and accepts; chosenProfile()
/// and chosenSecrets() then say what to connect with. Secrets typed here are kept for the session
/// even where no keychain can store them.
class ConnectionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)

public:
    /// Shows a dialog the caller created (default: open() it, window-modal). Tests replace it to
    /// answer certificate and confirmation boxes without a user.
    using ModalHook = std::function<void(QDialog *)>;

    /// The stores and the access manager are not owned and must outlive the dialog.
    ConnectionDialog(ProfileStore &profiles, SecretStore &secrets, QNetworkAccessManager *network,
                     QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    /// Shows the named profile (the last used one is shown at first).
    void selectProfile(const QString &name);
    /// Name of the saved profile being edited; empty while a new one is drafted.
    QString currentProfileName() const { return m_editingName; }

    /// Valid after the dialog was accepted.
    const ConnectionProfile &chosenProfile() const { return m_chosenProfile; }
    const ProfileSecrets &chosenSecrets() const { return m_chosenSecrets; }

    /// The form's content as a profile and its secrets (unsaved edits included).
    ConnectionProfile formProfile() const;
    ProfileSecrets formSecrets() const;

    /// Shows the named profile with reason in the status line and the cursor in its secret's field
    /// (the app opens the dialog like this when a password, ticket or token is missing).
    void askForSecret(const QString &name, const QString &reason);
    /// Secrets known for this session only (typed earlier, or of the session-only profile): shown
    /// in the form instead of asking the SecretStore.
    void rememberSecrets(const QString &name, const ProfileSecrets &secrets);
    /// The text of the status line under the form.
    QString statusText() const;

    /// Validates and saves the form; false (with the reason shown) when it cannot.
    bool saveProfile();
    /// Pins fingerprint in the profile being edited (saved at once if the profile exists).
    void trustCertificate(const QByteArray &fingerprint);

    void setModalHook(ModalHook hook) { m_modalHook = std::move(hook); }
    ConnectionTester *tester() const { return m_tester; }

    void accept() override;

signals:
    void profileSaved(const QString &name);
    void profileRenamed(const QString &oldName, const QString &newName);
    void profileRemoved(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setUpCombos();
    void connectProfileButtons();
    void connectFieldVisibility();
    void connectTester();
    void connectButtonBox();
    void reloadProfileList(const QString &select);
    void showProfile(const ConnectionProfile &profile, bool saved);
    void startNewProfile();
    void removeCurrentProfile();
    void loadSecrets(const ConnectionProfile &profile);
    void storeSecrets(const QString &oldName, const ConnectionProfile &profile,
                      const ProfileSecrets &secrets);
    void showKeychainProblem(const QString &message);
    void updateFieldVisibility();
    void updateTrustedList();
    void revokeSelectedCertificate();
    void startTest();
    void onTestStep(ConnectionTester::Step step, ConnectionTester::Outcome outcome, const QString &text);
    void onTestFinished(bool success);
    void reviewCertificate();
    void setStatus(const QString &text);
    QString uniqueNewName() const;

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    ConnectionTester *m_tester;
    ModalHook m_modalHook;
    QString m_editingName;
    QList<QByteArray> m_trusted;
    int m_secretGeneration = 0;
    QString m_keychainProblem;
    QHash<QString, ProfileSecrets> m_sessionSecrets;
    QHash<int, QTreeWidgetItem *> m_stepItems;
    QList<QSslCertificate> m_problemChain;
    QList<QSslError> m_problemErrors;
    QString m_problemHost;
    ConnectionProfile m_chosenProfile;
    ProfileSecrets m_chosenSecrets;
};

} // namespace LicenseDesk

// Turns a saved connection into ConnectionSettings: its secrets from this session or the keychain.
#pragma once

#include "ConnectionProfile.h"
#include "SecretStore.h"

#include <QHash>
#include <QObject>

namespace LicenseDesk {

class ProfileStore;
class SecretStore;

/// open() ends in exactly one of ready() or needsInput(), at once when the session already knows
/// the profile's secrets, else after the SecretStore answered. A newer open() drops an older one.
/// Secrets are kept in memory for the session only, never written anywhere by this class.
class ProfileConnector final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileConnector)

public:
    /// The stores are not owned and must outlive the connector.
    ProfileConnector(ProfileStore &profiles, SecretStore &secrets, QObject *parent = nullptr);
    ~ProfileConnector() override;

    void open(const QString &name);
    /// open() for the saved profile with this auth method, user and API root (compared normalised);
    /// needsInput() with an empty name when no saved profile matches.
    void openMatching(const QUrl &apiRoot, const QString &user, AuthMethod auth);
    /// Stops a running open(): no signal follows for it.
    void cancel();

    /// Secrets to use for name from now on (typed in the connection dialog, or the demo's).
    void rememberSecrets(const QString &name, const ProfileSecrets &secrets);
    void renameSecrets(const QString &oldName, const QString &newName);
    void forgetSecrets(const QString &name);
    /// Every secret known for this session, by profile name.
    const QHash<QString, ProfileSecrets> &sessionSecrets() const { return m_sessionSecrets; }

signals:
    /// Everything is known: connect with settings (language still to be filled in).
    void ready(const LicenseDesk::ConnectionProfile &profile,
               const LicenseDesk::ConnectionSettings &settings);
    /// A secret is missing or unreadable, or the profile is unusable; reason (translated) says which.
    void needsInput(const QString &name, const QString &reason);

private:
    void onSecret(int generation, SecretKind kind, const SecretResult &result);
    void finish(const ConnectionProfile &profile, const ProfileSecrets &secrets);
    static QString missingText(SecretKind kind, const QString &name);

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    QHash<QString, ProfileSecrets> m_sessionSecrets;
    int m_generation = 0;
    ConnectionProfile m_pendingProfile;
    ProfileSecrets m_pendingSecrets;
    int m_pendingReads = 0;
    QString m_problem;
};

} // namespace LicenseDesk

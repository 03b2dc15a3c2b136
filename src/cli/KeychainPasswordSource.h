// The password the desktop app remembered: the saved profile for this URL and user, its keychain secret.
#pragma once

#include "PasswordSource.h"

#include <QObject>
#include <memory>

class QSettings;

namespace LicenseDesk {
class ProfileStore;
class SecretStore;
} // namespace LicenseDesk

namespace LicenseDesk::Cli {

/// Finds the Basic profile whose API root and user match, then reads its password from the secret
/// store. Has nothing when no profile matches or the keychain is unavailable (the prompt comes next).
class KeychainPasswordSource final : public PasswordSource {
public:
    /// Neither is owned; both must outlive this source.
    KeychainPasswordSource(const ProfileStore *profiles, SecretStore *secrets);
    ~KeychainPasswordSource() override;
    KeychainPasswordSource(const KeychainPasswordSource &) = delete;
    KeychainPasswordSource &operator=(const KeychainPasswordSource &) = delete;

    void lookUp(const QUrl &apiRoot, const QString &user, Callback done) override;

    /// The desktop app's settings (where its profiles live), read from the CLI.
    static std::unique_ptr<QSettings> desktopAppSettings();

private:
    const ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QObject m_context; ///< callbacks from the store stop when this source is destroyed
};

} // namespace LicenseDesk::Cli

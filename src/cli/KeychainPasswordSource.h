// The password the desktop app remembered: its saved profile for this URL and user, opened the way the app opens it.
#pragma once

#include "PasswordSource.h"

#include <memory>

class QSettings;

namespace LicenseDesk {
class ProfileConnector;
class ProfileStore;
class SecretStore;
} // namespace LicenseDesk

namespace LicenseDesk::Cli {

/// Asks ProfileConnector for the Basic profile whose API root and user match, and takes its password.
/// Has nothing when no profile matches or its secrets cannot be read (the prompt comes next).
class KeychainPasswordSource final : public PasswordSource {
public:
    /// Neither store is owned; both must outlive this source.
    KeychainPasswordSource(ProfileStore &profiles, SecretStore &secrets);
    ~KeychainPasswordSource() override;
    KeychainPasswordSource(const KeychainPasswordSource &) = delete;
    KeychainPasswordSource &operator=(const KeychainPasswordSource &) = delete;

    void lookUp(const QUrl &apiRoot, const QString &user, Callback done) override;

    /// The desktop app's settings (where its profiles live), read from the CLI.
    static std::unique_ptr<QSettings> desktopAppSettings();

private:
    std::unique_ptr<ProfileConnector> m_connector;
};

} // namespace LicenseDesk::Cli

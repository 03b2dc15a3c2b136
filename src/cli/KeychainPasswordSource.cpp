// Matches saved profiles by normalised API root and user; only then asks the keychain.
#include "KeychainPasswordSource.h"

#include "ConnectionSettings.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QCoreApplication>
#include <QSettings>

namespace LicenseDesk::Cli {

KeychainPasswordSource::KeychainPasswordSource(const ProfileStore *profiles, SecretStore *secrets)
    : m_profiles(profiles)
    , m_secrets(secrets) {}

KeychainPasswordSource::~KeychainPasswordSource() = default;

std::unique_ptr<QSettings> KeychainPasswordSource::desktopAppSettings() {
    // The same scope QSettings() has inside the desktop app: Apple platforms name it by domain.
#ifdef Q_OS_DARWIN
    const QString organization = QCoreApplication::organizationDomain().isEmpty()
                                     ? QCoreApplication::organizationName()
                                     : QCoreApplication::organizationDomain();
#else
    const QString organization = QCoreApplication::organizationName();
#endif
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, organization,
                                       QStringLiteral("LicenseDesk"));
}

void KeychainPasswordSource::lookUp(const QUrl &apiRoot, const QString &user, Callback done) {
    const QList<ConnectionProfile> profiles = m_profiles->profiles();
    for (const ConnectionProfile &profile : profiles) {
        if (profile.auth != AuthMethod::Basic || profile.user != user)
            continue;
        if (ConnectionSettings::normaliseApiRoot(profile.apiUrl) != apiRoot)
            continue;
        m_secrets->read(profile.name, SecretKind::Password, &m_context, [done](const SecretResult &result) {
            done(result.ok() && !result.value.isEmpty() ? std::optional<QString>(result.value)
                                                        : std::nullopt);
        });
        return;
    }
    done(std::nullopt);
}

} // namespace LicenseDesk::Cli

// Reads the desktop app's profiles from the CLI; which profile matches and how its secret is read is ProfileConnector's.
#include "KeychainPasswordSource.h"

#include "ProfileConnector.h"

#include <QCoreApplication>
#include <QSettings>

namespace LicenseDesk::Cli {

KeychainPasswordSource::KeychainPasswordSource(ProfileStore &profiles, SecretStore &secrets)
    : m_connector(std::make_unique<ProfileConnector>(profiles, secrets)) {}

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
    // One answer per look-up: the first signal ends both connections.
    ProfileConnector *connector = m_connector.get();
    auto *answer = new QObject(connector);
    auto reply = [connector, answer, done](std::optional<QString> password) {
        QObject::disconnect(connector, nullptr, answer, nullptr);
        answer->deleteLater();
        done(std::move(password));
    };
    QObject::connect(connector, &ProfileConnector::ready, answer,
                     [reply](const ConnectionProfile &, const ConnectionSettings &settings) {
                         reply(settings.secret.isEmpty() ? std::nullopt : std::optional<QString>(settings.secret));
                     });
    QObject::connect(connector, &ProfileConnector::needsInput, answer,
                     [reply](const QString &, const QString &) { reply(std::nullopt); });
    connector->openMatching(apiRoot, user, AuthMethod::Basic);
}

} // namespace LicenseDesk::Cli

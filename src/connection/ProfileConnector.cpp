// Reading a profile's secrets: every kind it needs is asked for at once; the first problem wins.
#include "ProfileConnector.h"

#include "ProfileStore.h"
#include "SecretStore.h"

namespace LicenseDesk {

ProfileConnector::ProfileConnector(ProfileStore &profiles, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets) {}

ProfileConnector::~ProfileConnector() = default;

void ProfileConnector::open(const QString &name) {
    const int generation = ++m_generation;
    const std::optional<ConnectionProfile> profile = m_profiles.load(name);
    if (!profile) {
        emit needsInput(name, tr("There is no connection named “%1”.").arg(name));
        return;
    }
    if (const auto known = m_sessionSecrets.constFind(name); known != m_sessionSecrets.cend()) {
        finish(*profile, *known);
        return;
    }
    QList<SecretKind> kinds;
    if (const std::optional<SecretKind> kind = secretKindFor(profile->auth))
        kinds.append(*kind);
    if (profile->useAppToken)
        kinds.append(SecretKind::AppToken);
    if (profile->proxy && !profile->proxy->user.isEmpty())
        kinds.append(SecretKind::ProxyPassword);
    if (kinds.isEmpty() || m_profiles.isSessionOnly(name)) {
        // A session-only profile's secrets were never stored: without them, ask.
        if (!kinds.isEmpty()) {
            emit needsInput(name, missingText(kinds.constFirst(), name));
            return;
        }
        finish(*profile, {});
        return;
    }
    m_pendingProfile = *profile;
    m_pendingSecrets = {};
    m_pendingReads = int(kinds.size());
    m_problem.clear();
    for (SecretKind kind : std::as_const(kinds)) {
        m_secrets.read(name, kind, this, [this, generation, kind](const SecretResult &result) {
            onSecret(generation, kind, result);
        });
    }
}

void ProfileConnector::openMatching(const QUrl &apiRoot, const QString &user, AuthMethod auth) {
    const QList<ConnectionProfile> profiles = m_profiles.profiles();
    for (const ConnectionProfile &profile : profiles) {
        if (profile.auth == auth && profile.user == user &&
            ConnectionSettings::normaliseApiRoot(profile.apiUrl) == apiRoot) {
            open(profile.name);
            return;
        }
    }
    ++m_generation; // an older open() must not answer for this one
    emit needsInput(QString(), tr("No saved connection uses %1 as %2.")
                                   .arg(apiRoot.toDisplayString(QUrl::RemoveUserInfo), user));
}

void ProfileConnector::cancel() {
    ++m_generation;
}

void ProfileConnector::onSecret(int generation, SecretKind kind, const SecretResult &result) {
    if (generation != m_generation)
        return;
    const QString &name = m_pendingProfile.name;
    if (m_problem.isEmpty()) {
        switch (result.status) {
        case SecretResult::Status::Ok:
            break;
        case SecretResult::Status::NotFound:
            m_problem = missingText(kind, name);
            break;
        case SecretResult::Status::Unavailable:
            m_problem = tr("The system keychain cannot be used, so the secrets of “%1” must be typed in: %2 "
                           "They are kept for this session only.")
                            .arg(name, result.message);
            break;
        case SecretResult::Status::Failed:
            m_problem = tr("The keychain could not read the secrets of “%1”: %2").arg(name, result.message);
            break;
        }
    }
    if (result.ok()) {
        if (kind == SecretKind::AppToken)
            m_pendingSecrets.appToken = result.value;
        else if (kind == SecretKind::ProxyPassword)
            m_pendingSecrets.proxyPassword = result.value;
        else
            m_pendingSecrets.secret = result.value;
    }
    if (--m_pendingReads > 0)
        return;
    ++m_generation; // this open() is over
    if (!m_problem.isEmpty()) {
        emit needsInput(name, m_problem);
        return;
    }
    m_sessionSecrets.insert(name, m_pendingSecrets);
    finish(m_pendingProfile, m_pendingSecrets);
}

void ProfileConnector::finish(const ConnectionProfile &profile, const ProfileSecrets &secrets) {
    QString error;
    const std::optional<ConnectionSettings> settings = makeConnectionSettings(profile, secrets, &error);
    if (!settings) {
        emit needsInput(profile.name, tr("The API URL of “%1” cannot be used: %2").arg(profile.name, error));
        return;
    }
    emit ready(profile, *settings);
}

void ProfileConnector::rememberSecrets(const QString &name, const ProfileSecrets &secrets) {
    m_sessionSecrets.insert(name, secrets);
}

void ProfileConnector::renameSecrets(const QString &oldName, const QString &newName) {
    if (const auto it = m_sessionSecrets.constFind(oldName); it != m_sessionSecrets.cend()) {
        const ProfileSecrets secrets = *it;
        m_sessionSecrets.remove(oldName);
        m_sessionSecrets.insert(newName, secrets);
    }
}

void ProfileConnector::forgetSecrets(const QString &name) {
    m_sessionSecrets.remove(name);
}

QString ProfileConnector::missingText(SecretKind kind, const QString &name) {
    switch (kind) {
    case SecretKind::Password:
        return tr("No password is stored for “%1”. Type it in, then connect.").arg(name);
    case SecretKind::Ticket:
        return tr("No SuperOffice ticket is stored for “%1”. Paste it in, then connect.").arg(name);
    case SecretKind::Token:
        return tr("No access token is stored for “%1”. Paste it in, then connect.").arg(name);
    case SecretKind::AppToken:
        return tr("No application token is stored for “%1”. Paste it in, then connect.").arg(name);
    case SecretKind::ProxyPassword:
        return tr("No proxy password is stored for “%1”. Type it in, then connect.").arg(name);
    }
    return {};
}

} // namespace LicenseDesk

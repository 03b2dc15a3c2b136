// Turning a profile plus its secrets into ConnectionSettings, and the profile's settings keys.
#include "ConnectionProfile.h"

namespace LicenseDesk {

std::optional<ConnectionSettings> makeConnectionSettings(const ConnectionProfile &profile,
                                                         const ProfileSecrets &secrets, QString *error) {
    QString rootError;
    const std::optional<QUrl> root = ConnectionSettings::normaliseApiRoot(profile.apiUrl, &rootError);
    if (!root) {
        if (error)
            *error = rootError;
        return std::nullopt;
    }
    ConnectionSettings settings;
    settings.apiRoot = *root;
    settings.auth = profile.auth;
    if (profile.auth == AuthMethod::Basic)
        settings.user = profile.user;
    if (profile.auth != AuthMethod::None)
        settings.secret = secrets.secret;
    if (profile.useAppToken)
        settings.appToken = secrets.appToken;
    settings.timeout = std::chrono::seconds(qMax(1, profile.timeoutSeconds));
    settings.trustedCertificates = profile.trustedCertificates;
    if (profile.proxy) {
        QNetworkProxy proxy(profile.proxy->type, profile.proxy->host, profile.proxy->port);
        if (!profile.proxy->user.isEmpty()) {
            proxy.setUser(profile.proxy->user);
            proxy.setPassword(secrets.proxyPassword);
        }
        settings.proxy = proxy;
    }
    return settings;
}

QString authMethodKey(AuthMethod method) {
    switch (method) {
    case AuthMethod::None:
        return QStringLiteral("none");
    case AuthMethod::Basic:
        return QStringLiteral("basic");
    case AuthMethod::SoTicket:
        return QStringLiteral("soticket");
    case AuthMethod::Bearer:
        return QStringLiteral("bearer");
    }
    return QStringLiteral("none");
}

std::optional<AuthMethod> authMethodFromKey(const QString &key) {
    for (AuthMethod method :
         {AuthMethod::None, AuthMethod::Basic, AuthMethod::SoTicket, AuthMethod::Bearer}) {
        if (authMethodKey(method).compare(key, Qt::CaseInsensitive) == 0)
            return method;
    }
    return std::nullopt;
}

QString formatFingerprint(const QByteArray &hexFingerprint) {
    const QByteArray upper = hexFingerprint.toUpper();
    QString result;
    result.reserve(upper.size() * 3 / 2);
    for (qsizetype i = 0; i < upper.size(); i += 2) {
        if (!result.isEmpty())
            result += QLatin1Char(':');
        result += QString::fromLatin1(upper.mid(i, 2));
    }
    return result;
}

} // namespace LicenseDesk

// A saved connection to one SuperOffice installation: everything except the secrets.
#pragma once

#include "ConnectionSettings.h"

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QString>
#include <optional>

namespace LicenseDesk {

/// An explicit proxy chosen by the admin; its password (if any) lives in the SecretStore.
struct ProxyConfig {
    QNetworkProxy::ProxyType type = QNetworkProxy::HttpProxy;
    QString host;
    quint16 port = 8080;
    QString user;

    friend bool operator==(const ProxyConfig &, const ProxyConfig &) = default;
};

/// Everything a profile remembers about an installation. Never holds a password, ticket or token.
struct ConnectionProfile {
    static constexpr int DefaultTimeoutSeconds = 30;

    QString name;
    QString apiUrl; ///< as the admin typed it; normalised only when connecting
    AuthMethod auth = AuthMethod::Basic;
    QString user;             ///< Basic only
    bool useAppToken = false; ///< whether an SO-AppToken is sent (the token itself is a secret)
    int timeoutSeconds = DefaultTimeoutSeconds;
    QList<QByteArray> trustedCertificates; ///< lower-case hex SHA-256 fingerprints
    std::optional<ProxyConfig> proxy;      ///< nullopt: the system proxy

    /// Whether the profile needs a secret of its auth method (password, ticket or token).
    bool needsSecret() const { return auth != AuthMethod::None; }

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

/// The secrets that go with a profile, read from the SecretStore or typed in for one session.
struct ProfileSecrets {
    QString secret;        ///< password, ticket or token, depending on the auth method
    QString appToken;      ///< used only when the profile says useAppToken
    QString proxyPassword; ///< used only with an explicit proxy that has a user
};

/// Builds what the network client needs; nullopt with *error (translated) when the API URL is unusable.
std::optional<ConnectionSettings> makeConnectionSettings(const ConnectionProfile &profile,
                                                         const ProfileSecrets &secrets,
                                                         QString *error = nullptr);

/// Stable, untranslated key of an auth method for settings files ("basic", "soticket", ...).
QString authMethodKey(AuthMethod method);
/// The auth method for a key written by authMethodKey(); nullopt for unknown text.
std::optional<AuthMethod> authMethodFromKey(const QString &key);

/// "ab:cd:…" upper-case, the way browsers show fingerprints.
QString formatFingerprint(const QByteArray &hexFingerprint);

} // namespace LicenseDesk

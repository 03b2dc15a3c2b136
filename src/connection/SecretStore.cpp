// Shared helpers of every SecretStore: key naming and the kind an auth method uses.
#include "SecretStore.h"

namespace LicenseDesk {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent) {}

SecretStore::~SecretStore() = default;

QString SecretStore::kindName(SecretKind kind) {
    switch (kind) {
    case SecretKind::Password:
        return QStringLiteral("password");
    case SecretKind::Ticket:
        return QStringLiteral("ticket");
    case SecretKind::Token:
        return QStringLiteral("token");
    case SecretKind::AppToken:
        return QStringLiteral("apptoken");
    case SecretKind::ProxyPassword:
        return QStringLiteral("proxypassword");
    }
    return QStringLiteral("unknown");
}

QString SecretStore::key(const QString &profile, SecretKind kind) {
    return profile + QLatin1Char('/') + kindName(kind);
}

std::optional<SecretKind> secretKindFor(AuthMethod method) {
    switch (method) {
    case AuthMethod::Basic:
        return SecretKind::Password;
    case AuthMethod::SoTicket:
        return SecretKind::Ticket;
    case AuthMethod::Bearer:
        return SecretKind::Token;
    case AuthMethod::None:
        break;
    }
    return std::nullopt;
}

} // namespace LicenseDesk

// Everything the client needs to reach one SuperOffice installation.
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace LicenseDesk {

enum class AuthMethod { None, Basic, SoTicket, Bearer };

struct ConnectionSettings {
    /// The API root, normalised by normaliseApiRoot(): always ends in "/api" with no trailing slash.
    QUrl apiRoot;
    AuthMethod auth = AuthMethod::None;
    QString user;     ///< Basic only
    QString secret;   ///< password (Basic), ticket (SoTicket) or token (Bearer); never logged
    QString appToken; ///< optional SO-AppToken; never logged
    QString language; ///< ISO-2 code sent as Accept-Language and SO-Language ("en", "nb", ...)
    QString culture;  ///< ISO-2 code sent as SO-Culture; defaults to language when empty
    std::chrono::milliseconds timeout{30000}; ///< stall and overall cap of one request
    qint64 maxResponseBytes = 32LL * 1024 * 1024;
    /// SHA-256 fingerprints (lower-case hex) of certificates the admin trusted despite TLS errors.
    QList<QByteArray> trustedCertificates;
    /// Explicit proxy; nullopt uses the system proxy.
    std::optional<QNetworkProxy> proxy;

    /// Accepts the forms admins paste (".../SuperOffice", ".../api", ".../api/v1", with or without a
    /// trailing slash) and returns the ".../api" root; nullopt with *error set for unusable text.
    static std::optional<QUrl> normaliseApiRoot(const QString &text, QString *error = nullptr);
};

} // namespace LicenseDesk

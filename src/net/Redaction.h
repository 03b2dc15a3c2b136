// Strips secrets (credentials, tickets, tokens) from anything the network layer logs.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace LicenseDesk {

/// The marker that replaces a secret in logs.
inline constexpr char redactedMarker[] = "<redacted>";

/// Whether a header carries a credential (Authorization, SO-AppToken, cookies, XSRF tokens, ...).
bool isSecretHeader(const QByteArray &name);
/// The header value as it may be logged: the marker for secret headers, else the value itself.
QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value);
/// The URL without user info and with the values of credential-like query items replaced.
QString redactedUrl(const QUrl &url);
/// text with every occurrence of each non-empty secret replaced by the marker.
QString redactSecrets(QString text, const QStringList &secrets);

} // namespace LicenseDesk

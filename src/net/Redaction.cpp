// Strips secrets (credentials, tickets, tokens) from anything the network layer logs.
#include "Redaction.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace LicenseDesk {

namespace {

bool isSecretName(QStringView name) {
    static const QLatin1StringView secretWords[] = {
        "authorization"_L1, "token"_L1, "ticket"_L1, "password"_L1, "secret"_L1,
        "cookie"_L1,        "xsrf"_L1,  "apikey"_L1, "api-key"_L1,  "session"_L1};
    for (QLatin1StringView word : secretWords) {
        if (name.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

bool isSecretHeader(const QByteArray &name) {
    return isSecretName(QString::fromLatin1(name));
}

QByteArray redactedHeaderValue(const QByteArray &name, const QByteArray &value) {
    return isSecretHeader(name) ? QByteArray(redactedMarker) : value;
}

QString redactedUrl(const QUrl &url) {
    QUrl safe = url.adjusted(QUrl::RemoveUserInfo);
    if (safe.hasQuery()) {
        QUrlQuery query(safe);
        auto items = query.queryItems(QUrl::FullyEncoded);
        for (auto &item : items) {
            if (isSecretName(item.first))
                item.second = QString::fromLatin1(redactedMarker);
        }
        query.setQueryItems(items);
        safe.setQuery(query);
    }
    return safe.toDisplayString();
}

QString redactSecrets(QString text, const QStringList &secrets) {
    for (const QString &secret : secrets) {
        if (!secret.isEmpty())
            text.replace(secret, QString::fromLatin1(redactedMarker));
    }
    return text;
}

} // namespace LicenseDesk

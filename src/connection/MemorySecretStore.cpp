// In-memory secrets with queued answers, so callers cannot come to rely on synchronous callbacks.
#include "MemorySecretStore.h"

#include <QTimer>

namespace LicenseDesk {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::setUnavailable(const QString &message) {
    m_unavailableMessage = message;
}

void MemorySecretStore::reply(QObject *context, Callback callback, SecretResult result) {
    if (result.status == SecretResult::Status::Unavailable)
        emit unavailable(result.message);
    if (!callback)
        return;
    QTimer::singleShot(0, context ? context : this,
                       [callback = std::move(callback), result = std::move(result)] { callback(result); });
}

void MemorySecretStore::read(const QString &profile, SecretKind kind, QObject *context, Callback callback) {
    SecretResult result;
    if (!m_unavailableMessage.isEmpty()) {
        result.status = SecretResult::Status::Unavailable;
        result.message = m_unavailableMessage;
    } else if (const auto it = m_secrets.constFind(key(profile, kind)); it != m_secrets.cend()) {
        result.value = *it;
    } else {
        result.status = SecretResult::Status::NotFound;
        result.message = tr("No secret is stored for this connection.");
    }
    reply(context, std::move(callback), std::move(result));
}

void MemorySecretStore::write(const QString &profile, SecretKind kind, const QString &value, QObject *context,
                              Callback callback) {
    SecretResult result;
    if (!m_unavailableMessage.isEmpty()) {
        result.status = SecretResult::Status::Unavailable;
        result.message = m_unavailableMessage;
    } else {
        m_secrets.insert(key(profile, kind), value);
    }
    reply(context, std::move(callback), std::move(result));
}

void MemorySecretStore::remove(const QString &profile, SecretKind kind, QObject *context, Callback callback) {
    SecretResult result;
    if (!m_unavailableMessage.isEmpty()) {
        result.status = SecretResult::Status::Unavailable;
        result.message = m_unavailableMessage;
    } else {
        m_secrets.remove(key(profile, kind));
    }
    reply(context, std::move(callback), std::move(result));
}

} // namespace LicenseDesk

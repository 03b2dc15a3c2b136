// A SecretStore kept in memory: for tests, and for sessions where no keychain exists.
#pragma once

#include "SecretStore.h"

#include <QHash>

namespace LicenseDesk {

/// Answers asynchronously (queued) like a real keychain would. setUnavailable() makes every call
/// fail with SecretResult::Status::Unavailable, as a system without a keychain does.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &profile, SecretKind kind, QObject *context, Callback callback) override;
    void write(const QString &profile, SecretKind kind, const QString &value, QObject *context,
               Callback callback) override;
    void remove(const QString &profile, SecretKind kind, QObject *context, Callback callback) override;

    /// Simulates a system without a keychain; message is what the callbacks report.
    void setUnavailable(const QString &message);
    /// How many secrets are stored (for tests).
    qsizetype count() const { return m_secrets.size(); }

private:
    void reply(QObject *context, Callback callback, SecretResult result);

    QHash<QString, QString> m_secrets;
    QString m_unavailableMessage;
};

} // namespace LicenseDesk

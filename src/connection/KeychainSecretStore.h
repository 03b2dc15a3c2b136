// The SecretStore of the desktop app: the operating system's keychain through QtKeychain.
#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

namespace LicenseDesk {

/// Secrets under the service name "LicenseDesk", key "<profile>/<kind>". Never falls back to
/// plain-text storage: without a keychain every call reports Unavailable with the reason.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr const char *ServiceName = "LicenseDesk";

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    void read(const QString &profile, SecretKind kind, QObject *context, Callback callback) override;
    void write(const QString &profile, SecretKind kind, const QString &value, QObject *context,
               Callback callback) override;
    void remove(const QString &profile, SecretKind kind, QObject *context, Callback callback) override;

private:
    void startJob(QKeychain::Job *job, const QString &key, QObject *context, Callback callback,
                  bool isDelete);
};

} // namespace LicenseDesk

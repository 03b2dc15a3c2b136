// Where passwords, tickets and tokens live: an asynchronous store keyed by profile and kind.
#pragma once

#include "ConnectionSettings.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace LicenseDesk {

enum class SecretKind { Password, Ticket, Token, AppToken, ProxyPassword };

/// The outcome of one secret operation. value is set only for a successful read.
struct SecretResult {
    enum class Status {
        Ok,
        NotFound,    ///< nothing stored for this profile and kind
        Unavailable, ///< no keychain on this system (or it refused): ask each time; message says why
        Failed,      ///< the keychain exists but this operation failed; message says why
    };
    Status status = Status::Ok;
    QString value;   ///< the secret (read only); never log it
    QString message; ///< translated reason for anything but Ok

    bool ok() const { return status == Status::Ok; }
};

/// Every call returns at once; the callback runs later on the context's thread, and not at all when
/// the context object was destroyed first. Implementations never log or persist secrets in plain text.
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    using Callback = std::function<void(const SecretResult &)>;

    ~SecretStore() override;

    virtual void read(const QString &profile, SecretKind kind, QObject *context, Callback callback) = 0;
    virtual void write(const QString &profile, SecretKind kind, const QString &value, QObject *context,
                       Callback callback) = 0;
    /// Removing a secret that does not exist succeeds.
    virtual void remove(const QString &profile, SecretKind kind, QObject *context, Callback callback) = 0;

    /// The key a secret is stored under: "<profile>/<kind>".
    static QString key(const QString &profile, SecretKind kind);
    /// Stable, untranslated name of a kind ("password", "ticket", ...).
    static QString kindName(SecretKind kind);

signals:
    /// The store found out it cannot keep secrets on this system; message says why (translated).
    void unavailable(const QString &message);

protected:
    explicit SecretStore(QObject *parent);
};

/// The secret kind an auth method needs (Password, Ticket or Token); nullopt for AuthMethod::None.
std::optional<SecretKind> secretKindFor(AuthMethod method);

} // namespace LicenseDesk

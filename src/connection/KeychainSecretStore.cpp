// QtKeychain jobs wrapped into SecretStore callbacks, with keychain errors put into words.
#include "KeychainSecretStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace LicenseDesk {

namespace {

QString serviceName() {
    return QString::fromLatin1(KeychainSecretStore::ServiceName);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent) {}

KeychainSecretStore::~KeychainSecretStore() = default;

// Maps the finished job to a result; the job deletes itself (autoDelete) after this returns.
static SecretResult resultOf(const QKeychain::Job &job, bool isDelete) {
    SecretResult result;
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        result.status = isDelete ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretResult::Status::Unavailable;
        result.message =
            KeychainSecretStore::tr(
                "No keychain is available on this system (%1), so passwords and tokens cannot be "
                "remembered. LicenseDesk will ask for them each time you connect.")
                .arg(job.errorString());
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = SecretResult::Status::Unavailable;
        result.message =
            KeychainSecretStore::tr(
                "The keychain refused access (%1), so passwords and tokens cannot be remembered. "
                "LicenseDesk will ask for them each time you connect.")
                .arg(job.errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretResult::Status::Failed;
        result.message =
            KeychainSecretStore::tr("The keychain could not delete the secret: %1").arg(job.errorString());
        break;
    case QKeychain::OtherError:
        // On Linux this is what a missing or locked Secret Service looks like.
        result.status = SecretResult::Status::Unavailable;
        result.message = KeychainSecretStore::tr(
                             "The keychain is not usable (%1), so passwords and tokens cannot be remembered. "
                             "LicenseDesk will ask for them each time you connect.")
                             .arg(job.errorString());
        break;
    }
    return result;
}

void KeychainSecretStore::startJob(QKeychain::Job *job, const QString &key, QObject *context,
                                   Callback callback, bool isDelete) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text in a settings file
    job->setKey(key);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [this, guard, hadContext, isDelete, callback = std::move(callback)](QKeychain::Job *finished) {
                SecretResult result = resultOf(*finished, isDelete);
                if (result.ok())
                    if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                        result.value = reader->textData();
                if (result.status == SecretResult::Status::Unavailable)
                    emit unavailable(result.message);
                if (callback && (!hadContext || guard))
                    callback(result);
            });
    job->start();
}

void KeychainSecretStore::read(const QString &profile, SecretKind kind, QObject *context, Callback callback) {
    startJob(new QKeychain::ReadPasswordJob(serviceName(), this), key(profile, kind), context,
             std::move(callback), false);
}

void KeychainSecretStore::write(const QString &profile, SecretKind kind, const QString &value,
                                QObject *context, Callback callback) {
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setTextData(value);
    startJob(job, key(profile, kind), context, std::move(callback), false);
}

void KeychainSecretStore::remove(const QString &profile, SecretKind kind, QObject *context,
                                 Callback callback) {
    startJob(new QKeychain::DeletePasswordJob(serviceName(), this), key(profile, kind), context,
             std::move(callback), true);
}

} // namespace LicenseDesk

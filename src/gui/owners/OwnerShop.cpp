// The shop's address is the server's word: it is opened only when it is a web address.
#include "OwnerShop.h"

#include "ErrorMapper.h"
#include "LicenseClient.h"

#include <QDesktopServices>

namespace LicenseDesk {

OwnerShop::OwnerShop(LicenseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }) {}

void OwnerShop::open(const QString &owner) {
    TextJob *job = m_client->fetchShopUrl(owner);
    connect(job, &ApiJob::finished, this, [this, job, owner] {
        const ApiResult<QString> result = job->result();
        if (result.ok())
            openUrl(owner, *result.value);
        else
            emit failed(result.error);
    });
    emit jobStarted(job, tr("Asking the server for the license shop of %1…").arg(owner));
}

void OwnerShop::openUrl(const QString &owner, const QString &address) {
    const QUrl url(address, QUrl::StrictMode);
    if (!m_openUrl(url)) {
        emit failed(ErrorMapper::invalidRequest(
            tr("Could not open a web browser. The license shop of %1 is at %2").arg(owner, url.toString())));
        return;
    }
    emit opened(url);
}

} // namespace LicenseDesk

// One refresh at a time; a failure keeps the previous owners and marks them stale.
#include "LicenseSession.h"

#include "LicenseClient.h"

namespace LicenseDesk {

LicenseSession::LicenseSession(LicenseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

ApiJob *LicenseSession::refresh() {
    if (m_job)
        return m_job;
    OwnersJob *job = m_client->fetchAllOwners();
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        m_job.clear();
        const auto result = job->result();
        if (result.ok()) {
            m_owners = *result.value;
            m_fetchedAt = QDateTime::currentDateTime();
            m_stale = false;
            emit ownersChanged();
        } else {
            m_stale = !m_owners.isEmpty();
            emit refreshFailed(result.error);
        }
    });
    return job;
}

void LicenseSession::updateOwner(const ExtendedLicenseInfo &owner) {
    for (ExtendedLicenseInfo &existing : m_owners) {
        if (existing.ownerName() == owner.ownerName()) {
            existing = owner;
            emit ownersChanged();
            return;
        }
    }
}

} // namespace LicenseDesk

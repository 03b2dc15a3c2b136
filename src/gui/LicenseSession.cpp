// One refresh at a time; a failure keeps the previous owners and marks them stale.
#include "LicenseSession.h"

#include "Background.h"
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
            acceptOwners(*result.value);
        } else {
            m_stale = !m_owners.isEmpty();
            emit refreshFailed(result.error);
        }
    });
    return job;
}

void LicenseSession::acceptOwners(const QList<ExtendedLicenseInfo> &owners) {
    // The facts of a large installation take long enough to make the window stutter.
    m_computing = true;
    const quint64 answer = ++m_answers;
    const QDateTime fetchedAt = QDateTime::currentDateTime();
    runInBackground(
        this, [owners] { return ownerFacts(owners); },
        [this, answer, fetchedAt](const QList<OwnerFacts> &facts) {
            if (answer != m_answers)
                return;
            m_computing = false;
            m_owners = facts;
            m_fetchedAt = fetchedAt;
            m_stale = false;
            emit ownersChanged();
        });
}

void LicenseSession::updateOwner(const ExtendedLicenseInfo &owner) {
    for (OwnerFacts &existing : m_owners) {
        if (existing.license.ownerName() == owner.ownerName()) {
            existing = ownerFacts(owner);
            emit ownersChanged();
            return;
        }
    }
}

} // namespace LicenseDesk

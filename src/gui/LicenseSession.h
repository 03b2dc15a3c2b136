// Fetches every owner's license and keeps the last good data with its facts, when it was fetched and
// whether it is stale.
#pragma once

#include "ApiError.h"
#include "LicenseFacts.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace LicenseDesk {

class ApiJob;
class LicenseClient;

class LicenseSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenseSession)

public:
    explicit LicenseSession(LicenseClient *client, QObject *parent = nullptr);

    LicenseClient *client() const { return m_client; }
    /// Starts GET /api/v1/License unless one is already running; returns the job (for progress/cancel).
    ApiJob *refresh();
    bool isRefreshing() const { return !m_job.isNull() || m_computing; }

    /// Every owner with its module facts, computed off the GUI thread.
    const QList<OwnerFacts> &owners() const { return m_owners; }
    /// When the owners on screen were fetched; invalid before the first success.
    QDateTime fetchedAt() const { return m_fetchedAt; }
    /// True when the last refresh failed and owners() is older data.
    bool isStale() const { return m_stale; }
    /// Replaces one owner after a re-read (activation).
    void updateOwner(const ExtendedLicenseInfo &owner);

signals:
    void ownersChanged();
    void refreshFailed(const LicenseDesk::ApiError &error);

private:
    LicenseClient *m_client;
    void acceptOwners(const QList<ExtendedLicenseInfo> &owners);

    QPointer<ApiJob> m_job;
    bool m_computing = false;
    /// Counts accepted answers, so that facts finished out of order never replace newer ones.
    quint64 m_answers = 0;
    QList<OwnerFacts> m_owners;
    QDateTime m_fetchedAt;
    bool m_stale = false;
};

} // namespace LicenseDesk

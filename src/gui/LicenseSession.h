// Fetches every owner's license and keeps the last good data, with when it was fetched and if it is stale.
#pragma once

#include "ApiError.h"
#include "LicenseData.h"

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
    bool isRefreshing() const { return !m_job.isNull(); }

    const QList<ExtendedLicenseInfo> &owners() const { return m_owners; }
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
    QPointer<ApiJob> m_job;
    QList<ExtendedLicenseInfo> m_owners;
    QDateTime m_fetchedAt;
    bool m_stale = false;
};

} // namespace LicenseDesk

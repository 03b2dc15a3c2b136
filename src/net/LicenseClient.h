// The asynchronous client for the License part of the SuperOffice WebAPI.
#pragma once

#include "ApiJob.h"
#include "ConnectionSettings.h"
#include "LicenseData.h"

#include <QLoggingCategory>
#include <QObject>

class QNetworkAccessManager;

namespace LicenseDesk {

Q_DECLARE_LOGGING_CATEGORY(lcNet)

using OwnersJob = ResultJob<QList<ExtendedLicenseInfo>>;
using LicenseJob = ResultJob<ExtendedLicenseInfo>;
using ModuleJob = ResultJob<ModuleLicense>;
using StatusJob = ResultJob<CheckLicenseStatusResult>;
using ActivationJob = ResultJob<LicenseResult>;
using TextJob = ResultJob<QString>;

/// Every call returns a job at once (never blocks); connect to ApiJob::finished, then read result().
/// Jobs are children of the client and delete themselves after finishing.
class LicenseClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LicenseClient)

public:
    /// The access manager is shared, not owned (one per application).
    explicit LicenseClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~LicenseClient() override;

    void setSettings(const ConnectionSettings &settings);
    const ConnectionSettings &settings() const { return m_settings; }

    /// GET /api/v1/License: every owner with usage.
    OwnersJob *fetchAllOwners();
    /// GET /api/v1/License/{owner}.
    LicenseJob *fetchOwner(const QString &owner);
    /// GET /api/v1/License/{owner}/{module}.
    ModuleJob *fetchModule(const QString &owner, const QString &module);
    /// Agent GetLicenseStatusFromLicenseServer.
    StatusJob *fetchLicenseServerStatus(const QString &owner);
    /// Agent GetLicenseFromLicenseServer: Current = stored, New = what the license server issues now.
    LicenseJob *fetchLicenseFromLicenseServer(const QString &owner);
    /// Agent ActivateLicenseInfo with candidate.rawJson sent byte for byte. Refused locally (never
    /// sent) when the candidate is blocked (CanBeActivated=false) or has no raw JSON.
    /// Succeeded=false arrives as a BusinessRefusal error carrying the LicenseResult.
    ActivationJob *activateLicense(const ExtendedLicenseInfo &candidate);
    /// Agent GetLicenseFromFile: parse a license file without saving it.
    LicenseJob *previewLicenseFile(const QString &fileContent);
    /// Agent AddLicenseFromFile: parse, validate and activate a license file.
    LicenseJob *addLicenseFromFile(const QString &fileContent);
    /// GET /api/v1/License/{owner}/ShopUrl.
    TextJob *fetchShopUrl(const QString &owner);

    /// The HTTP headers every request carries, secrets included (for tests and diagnostics only;
    /// never log the result).
    QList<std::pair<QByteArray, QByteArray>> requestHeaders() const;

private:
    QUrl restUrl(const QStringList &segments) const;
    /// GET of the License resource named by segments; "." and ".." are refused before sending.
    void dispatchRest(ApiJob *job, const QStringList &segments);
    QUrl agentUrl(const QString &method) const;
    QNetworkAccessManager *network();
    /// Whether QtNetwork may resend a request whose connection closed before any answer arrived.
    enum class Delivery { MayRepeat, AtMostOnce };
    /// Sends the request for job, or finishes it with InvalidRequest when no usable API root is set.
    void dispatch(ApiJob *job, const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
                  Delivery delivery = Delivery::MayRepeat);

    QNetworkAccessManager *m_network;
    /// Owned only while settings.proxy is set, so an explicit proxy never changes the shared manager.
    QNetworkAccessManager *m_proxyNetwork = nullptr;
    ConnectionSettings m_settings;
};

} // namespace LicenseDesk

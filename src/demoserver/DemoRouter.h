// Maps the License REST and agent URLs onto the demo store and writes the WebAPI's JSON answers.
#pragma once

#include "DemoReply.h"

#include <QCoreApplication>

namespace LicenseDesk {

class DemoLicenseStore;
struct LicenseInfo;

/// Routes (API reference sections 5 and 6; literal segments, owners and modules case-insensitive):
///   GET  /api                                     version block (no credentials needed)
///   GET  /api/v1/License                          every owner      POST: AddLicenseFromFile
///   GET  /api/v1/License/{owner}                  one owner
///   GET  /api/v1/License/{owner}/ShopUrl          JSON string
///   GET  /api/v1/License/{owner}/{module}         one module row
///   POST /api/v1/Agents/License/{Method}          the agent methods listed in DemoRouter.cpp
/// Unknown owners and modules give 404 with the documented error body, bad bodies 400, wrong verbs 405.
class DemoRouter final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::DemoRouter)

public:
    explicit DemoRouter(DemoLicenseStore &store);

    DemoReply route(const DemoRequest &request);

    /// The documented error body with an HTTP status.
    static DemoReply error(int status, const QString &type, const QString &message);

private:
    DemoReply versionBlock() const;
    DemoReply allOwners(const QString &language) const;
    DemoReply ownerLicense(const QString &owner, const QString &language) const;
    DemoReply moduleLicense(const QString &owner, const QString &module, const QString &language) const;
    DemoReply shopUrl(const QString &owner) const;
    DemoReply status(const QString &owner) const;
    DemoReply licenseFromLicenseServer(const QString &owner, const QString &language) const;
    DemoReply activate(const QJsonObject &body);
    DemoReply validate(const QJsonObject &body) const;
    DemoReply licenseFile(const QString &fileContent, bool install, const QString &language);
    DemoReply agent(const QString &method, const DemoRequest &request);

    static DemoReply ownerNotFound(const QString &owner);
    static DemoReply methodNotAllowed(const QByteArray &allowed);

    DemoLicenseStore &m_store;
};

} // namespace LicenseDesk

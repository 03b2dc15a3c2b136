// Parses WebAPI response bodies into the license value types.
#pragma once

#include "JsonReader.h"
#include "LicenseData.h"

#include <QByteArray>

namespace LicenseDesk {

/// An ExtendedLicenseInfo body (GET License/{owner}, GetLicenseFromLicenseServer, ...); keeps the raw bytes.
Parsed<ExtendedLicenseInfo> parseExtendedLicenseInfo(const QByteArray &json);
/// An ExtendedLicenseInfo[] body (GET License, GetLicenseForAllOwnersFromDB).
Parsed<QList<ExtendedLicenseInfo>> parseExtendedLicenseInfoList(const QByteArray &json);
/// A ModuleLicense body (GET License/{owner}/{module}).
Parsed<ModuleLicense> parseModuleLicense(const QByteArray &json);
/// A LicenseResult body (ActivateLicenseInfo, ...).
Parsed<LicenseResult> parseLicenseResult(const QByteArray &json);
/// A CheckLicenseStatusResult body (GetLicenseStatusFromLicenseServer).
Parsed<CheckLicenseStatusResult> parseCheckLicenseStatusResult(const QByteArray &json);
/// A bare JSON string body (GetShopUrl).
Parsed<QString> parseJsonString(const QByteArray &json);
/// The documented error body; nullopt when the bytes are not one (HTML pages, empty bodies, ...).
std::optional<WebApiError> parseWebApiError(const QByteArray &body);

} // namespace LicenseDesk

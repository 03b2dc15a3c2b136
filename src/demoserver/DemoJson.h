// Writes the demo server's license carriers as the WebAPI's JSON (API reference, section 7),
// translated on the way out.
#pragma once

#include "DemoOwner.h"

#include <QByteArray>
#include <QJsonObject>

namespace LicenseDesk::DemoJson {

/// A ModuleLicense; language "" keeps the stored (English) texts.
QByteArray moduleLicense(const ModuleLicense &module, const QString &language);
/// An ExtendedLicenseInfo: the owner's stored license, the candidate (may be null) and the counts.
QByteArray extendedLicenseInfo(const DemoOwner &owner, const LicenseInfo *candidate, bool canBeActivated,
                               const QString &reason, const QString &language);
/// A LicenseResult carrier.
QByteArray licenseResult(bool succeeded, const QString &reason);
/// The documented error body.
QJsonObject error(const QString &type, const QString &message, const QString &source);

} // namespace LicenseDesk::DemoJson

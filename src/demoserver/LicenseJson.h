// Writes the license carriers as a SuperOffice WebAPI does: documented key order, .NET dates.
#pragma once

#include "LicenseFields.h"

#include <QByteArray>

namespace LicenseDesk::LicenseJson {

/// "2026-12-12T00:00:00.0000000+01:00" (seven fraction digits and the date's own offset), or
/// .NET's DateTime.MinValue "0001-01-01T00:00:00" for no date ("never").
QByteArray date(const LicenseDate &value);

/// One carrier of LicenseFields.h as compact JSON, members in the order of its field list.
QByteArray write(const ExtendedLicenseInfo &value);
QByteArray write(const LicenseInfo &value);
QByteArray write(const ModuleLicense &value);
QByteArray write(const LicenseResult &value);
QByteArray write(const CheckLicenseStatusResult &value);

/// A JSON array of already written values.
QByteArray array(const QList<QByteArray> &items);

} // namespace LicenseDesk::LicenseJson

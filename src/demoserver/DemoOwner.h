// One module owner as the demo server stores it: the license in the database, usage, a pending offer.
#pragma once

#include "LicenseData.h"

#include <QHash>
#include <QStringList>

namespace LicenseDesk {

struct DemoOwner {
    /// The license stored in the "database" (descriptions in English).
    LicenseInfo current;
    /// Seats assigned per module, keyed by lower-case module name.
    QHash<QString, SeatCount> inUse;
    /// What the "license server" would issue now; nullopt when it has nothing newer.
    std::optional<LicenseInfo> offer;

    SeatCount seatsInUse(const QString &module) const { return inUse.value(module.toLower()); }
};

/// Every module of the stored license and of the candidate (when given), in SortOrder, with the
/// counts the WebAPI reports; without a candidate the new totals equal the current ones.
QList<ExtendedModuleLicense> demoModuleCounts(const DemoOwner &owner, const LicenseInfo *candidate);

/// Why the candidate cannot be activated over the owner's usage (one sentence per module whose new
/// total is below the seats in use); empty when it can.
QStringList demoBlockingReasons(const DemoOwner &owner, const LicenseInfo &candidate);

/// Finds a module row by name, case-insensitively; nullptr when absent.
const ModuleLicense *findDemoModule(const LicenseInfo &license, const QString &module);

} // namespace LicenseDesk

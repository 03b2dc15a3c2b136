// Usage counts and activation blocking for a demo owner.
#include "DemoOwner.h"

#include <QCoreApplication>
#include <algorithm>

namespace LicenseDesk {

const ModuleLicense *findDemoModule(const LicenseInfo &license, const QString &module) {
    for (const ModuleLicense &m : license.moduleLicenses) {
        if (m.moduleName.compare(module, Qt::CaseInsensitive) == 0)
            return &m;
    }
    return nullptr;
}

QList<ExtendedModuleLicense> demoModuleCounts(const DemoOwner &owner, const LicenseInfo *candidate) {
    QList<ExtendedModuleLicense> rows;
    for (const ModuleLicense &m : owner.current.moduleLicenses) {
        ExtendedModuleLicense row;
        row.current = m;
        if (candidate) {
            if (const ModuleLicense *n = findDemoModule(*candidate, m.moduleName))
                row.newLicense = *n;
        }
        rows.append(row);
    }
    if (candidate) {
        for (const ModuleLicense &n : candidate->moduleLicenses) {
            if (!findDemoModule(owner.current, n.moduleName)) {
                ExtendedModuleLicense row;
                row.newLicense = n;
                rows.append(row);
            }
        }
    }
    const auto sortOrder = [](const ExtendedModuleLicense &r) {
        return r.newLicense ? r.newLicense->sortOrder : r.current->sortOrder;
    };
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const ExtendedModuleLicense &a, const ExtendedModuleLicense &b) {
                         return sortOrder(a) < sortOrder(b);
                     });

    for (ExtendedModuleLicense &row : rows) {
        const ModuleLicense &any = row.current ? *row.current : *row.newLicense;
        const SeatCount inUse = owner.seatsInUse(any.moduleName);
        const SeatCount total = row.current ? row.current->numberOfLicenses : 0;
        const SeatCount newTotal =
            candidate ? (row.newLicense ? row.newLicense->numberOfLicenses : 0) : total;
        // Unrestricted modules are never short of seats: report no deficit.
        const auto free = [&](SeatCount seats) {
            return any.unrestricted ? std::max<SeatCount>(0, seats - inUse) : seats - inUse;
        };
        row.numberOfLicensesInUse = inUse;
        row.numberOfLicensesTotal = total;
        row.numberOfLicensesFree = free(total);
        row.numberOfLicensesNewTotal = newTotal;
        row.numberOfLicensesNewFree = free(newTotal);
        row.numberOfLicensesAdded = newTotal - total;
    }
    return rows;
}

QStringList demoBlockingReasons(const DemoOwner &owner, const LicenseInfo &candidate) {
    QStringList reasons;
    for (const ExtendedModuleLicense &row : demoModuleCounts(owner, &candidate)) {
        const ModuleLicense &any = row.newLicense ? *row.newLicense : *row.current;
        if (any.unrestricted || row.numberOfLicensesNewFree.value_or(0) >= 0)
            continue;
        const QString name = any.moduleDescription.isEmpty() ? any.moduleName : any.moduleDescription;
        if (row.newLicense) {
            reasons.append(
                QCoreApplication::translate("LicenseDesk::DemoOwner",
                                            "%1: %2 licences are assigned, but the new licence only "
                                            "contains %3; %4 must be unassigned before activating.")
                    .arg(name)
                    .arg(row.numberOfLicensesInUse)
                    .arg(row.numberOfLicensesNewTotal.value_or(0))
                    .arg(-row.numberOfLicensesNewFree.value_or(0)));
        } else {
            reasons.append(QCoreApplication::translate("LicenseDesk::DemoOwner",
                                                       "%1: %2 licences are assigned, but the new licence no "
                                                       "longer contains this module; they must be unassigned "
                                                       "before activating.")
                               .arg(name)
                               .arg(row.numberOfLicensesInUse));
        }
    }
    return reasons;
}

} // namespace LicenseDesk

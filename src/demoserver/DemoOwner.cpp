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

QList<DemoModuleCounts> demoModuleCounts(const DemoOwner &owner, const LicenseInfo *candidate) {
    QList<DemoModuleCounts> rows;
    for (const ModuleLicense &m : owner.current.moduleLicenses) {
        DemoModuleCounts row;
        row.current = m;
        if (candidate) {
            if (const ModuleLicense *n = findDemoModule(*candidate, m.moduleName))
                row.candidate = *n;
        }
        rows.append(row);
    }
    if (candidate) {
        for (const ModuleLicense &n : candidate->moduleLicenses) {
            if (!findDemoModule(owner.current, n.moduleName)) {
                DemoModuleCounts row;
                row.candidate = n;
                rows.append(row);
            }
        }
    }
    const auto sortOrder = [](const DemoModuleCounts &r) {
        return r.candidate ? r.candidate->sortOrder : r.current->sortOrder;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const DemoModuleCounts &a, const DemoModuleCounts &b) {
        return sortOrder(a) < sortOrder(b);
    });

    for (DemoModuleCounts &row : rows) {
        const ModuleLicense &any = row.current ? *row.current : *row.candidate;
        const bool unrestricted = any.unrestricted;
        row.inUse = owner.seatsInUse(any.moduleName);
        row.total = row.current ? row.current->numberOfLicenses : 0;
        row.newTotal = candidate ? (row.candidate ? row.candidate->numberOfLicenses : 0) : row.total;
        row.added = row.newTotal - row.total;
        // Unrestricted modules are never short of seats: report no deficit.
        row.free = unrestricted ? std::max(0, row.total - row.inUse) : row.total - row.inUse;
        row.newFree = unrestricted ? std::max(0, row.newTotal - row.inUse) : row.newTotal - row.inUse;
    }
    return rows;
}

QStringList demoBlockingReasons(const DemoOwner &owner, const LicenseInfo &candidate) {
    QStringList reasons;
    for (const DemoModuleCounts &row : demoModuleCounts(owner, &candidate)) {
        const ModuleLicense &any = row.candidate ? *row.candidate : *row.current;
        if (any.unrestricted || row.newFree >= 0)
            continue;
        const QString name = any.moduleDescription.isEmpty() ? any.moduleName : any.moduleDescription;
        if (row.candidate) {
            reasons.append(
                QCoreApplication::translate("LicenseDesk::DemoOwner",
                                            "%1: %2 licences are assigned, but the new licence only "
                                            "contains %3; %4 must be unassigned before activating.")
                    .arg(name)
                    .arg(row.inUse)
                    .arg(row.newTotal)
                    .arg(-row.newFree));
        } else {
            reasons.append(QCoreApplication::translate("LicenseDesk::DemoOwner",
                                                       "%1: %2 licences are assigned, but the new licence no "
                                                       "longer contains this module; they must be unassigned "
                                                       "before activating.")
                               .arg(name)
                               .arg(row.inUse));
        }
    }
    return reasons;
}

} // namespace LicenseDesk

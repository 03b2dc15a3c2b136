// Seat totals of one owner, summed from core's module facts for the `owners` overview.
#pragma once

#include "LicenseFacts.h"

namespace LicenseDesk {

/// Sums over restricted modules only: unrestricted counts are not enforced and would drown the rest.
struct OwnerTotals {
    int modules = 0;
    SeatCount total = 0;
    SeatCount inUse = 0;
    SeatCount free = 0;
    int overUsedModules = 0;

    static OwnerTotals of(const QList<ModuleFacts> &modules) {
        OwnerTotals t;
        t.modules = int(modules.size());
        for (const ModuleFacts &m : modules) {
            if (m.unrestricted)
                continue;
            t.total += m.total;
            t.inUse += m.inUse;
            t.free += m.free;
            t.overUsedModules += m.overUsed ? 1 : 0;
        }
        return t;
    }
};

} // namespace LicenseDesk

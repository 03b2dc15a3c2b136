// Compares core's facts before and after activation module by module; it never recomputes a count.
#include "ActivationCheck.h"

namespace LicenseDesk::Cli {

QStringList ActivationCheck::mismatches(const ActivationPreview &preview, const QList<ModuleFacts> &stored) {
    QStringList lines;
    for (const ModuleFacts &expected : preview.modules) {
        const auto found = std::find_if(stored.cbegin(), stored.cend(),
                                        [&](const ModuleFacts &m) { return m.name == expected.name; });
        if (expected.change == ModuleChange::Dropped) {
            if (found != stored.cend() && found->total != 0)
                lines.append(tr("%1: should have been dropped, but the server stores %2 license(s)")
                                 .arg(expected.name)
                                 .arg(found->total));
            continue;
        }
        if (found == stored.cend())
            lines.append(tr("%1: expected %2 license(s), but the server stores none")
                             .arg(expected.name)
                             .arg(expected.newTotal));
        else if (found->total != expected.newTotal)
            lines.append(tr("%1: expected %2 license(s), but the server stores %3")
                             .arg(expected.name)
                             .arg(expected.newTotal)
                             .arg(found->total));
    }
    return lines;
}

} // namespace LicenseDesk::Cli

// Convenience accessors of the license carriers.
#include "LicenseData.h"

namespace LicenseDesk {

QString ExtendedLicenseInfo::ownerName() const {
    if (current && !current->ownerName.isEmpty())
        return current->ownerName;
    return newLicense ? newLicense->ownerName : QString();
}

QString ExtendedLicenseInfo::ownerDescription() const {
    if (current && !current->ownerDescription.isEmpty())
        return current->ownerDescription;
    return newLicense ? newLicense->ownerDescription : QString();
}

} // namespace LicenseDesk

// Convenience accessors of the license carriers.
#include "LicenseData.h"

namespace LicenseDesk {

QString ExtendedLicenseInfo::ownerName() const {
    if (current && !current->ownerName.isEmpty())
        return current->ownerName;
    if (newLicense && !newLicense->ownerName.isEmpty())
        return newLicense->ownerName;
    return requestedOwner;
}

LicenseDate ExtendedLicenseInfo::nextCheckDate() const {
    if (accumulatedNextCheckDate)
        return accumulatedNextCheckDate;
    if (current)
        return current->nextCheckDate;
    return newLicense ? newLicense->nextCheckDate : std::nullopt;
}

QString ExtendedLicenseInfo::ownerDescription() const {
    if (current && !current->ownerDescription.isEmpty())
        return current->ownerDescription;
    return newLicense ? newLicense->ownerDescription : QString();
}

} // namespace LicenseDesk

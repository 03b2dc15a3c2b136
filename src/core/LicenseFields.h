// The one list of JSON fields per license carrier, in the documented order (API reference, section 7).
// The reader, the demo server's writer and the tests' dumps all walk these lists.
#pragma once

#include "LicenseData.h"

#include <QLatin1StringView>
#include <concepts>
#include <type_traits>

namespace LicenseDesk {

/// A documented member the model does not keep (the writer writes null, the reader skips it).
struct UnmodelledField {};

/// M is the carrier T, const or not, so one list serves reading and writing.
template <typename M, typename T>
concept CarrierOf = std::same_as<std::remove_const_t<M>, T>;

/// Marks a member as a difference of seat counts (see SeatDifference).
template <typename Count> SeatDifference<Count> difference(Count &seats) {
    return {seats};
}

// fields(carrier, visit) calls visit(jsonName, member) for every field in the documented order;
// the member's type says how it is read or written (nested carriers are std::optional<T> objects
// and QList<T> arrays).

template <CarrierOf<ModuleLicense> M, typename Visit> void fields(M &m, Visit &&visit) {
    using namespace Qt::StringLiterals;
    visit("OwnerName"_L1, m.ownerName);
    visit("ModuleName"_L1, m.moduleName);
    visit("ModuleDescription"_L1, m.moduleDescription);
    visit("ModuleTooltip"_L1, m.moduleTooltip);
    visit("ModuleVersion"_L1, m.moduleVersion);
    visit("LicenseType"_L1, m.licenseType);
    visit("Unrestricted"_L1, m.unrestricted);
    visit("AllowedUserType"_L1, m.allowedUserType);
    visit("NumberOfLicenses"_L1, m.numberOfLicenses);
    visit("ExtraFlags"_L1, m.extraFlags);
    visit("ExtraInfo"_L1, m.extraInfo);
    visit("SortOrder"_L1, m.sortOrder);
    visit("IsHidden"_L1, m.isHidden);
    visit("PrerequisiteModuleName"_L1, m.prerequisiteModuleName);
    visit("Signature"_L1, m.signature);
}

template <CarrierOf<LicenseInfo> L, typename Visit> void fields(L &l, Visit &&visit) {
    using namespace Qt::StringLiterals;
    UnmodelledField publicKey;
    visit("CompanyName"_L1, l.companyName);
    visit("SerialNr"_L1, l.serialNr);
    visit("OwnerName"_L1, l.ownerName);
    visit("OwnerDescription"_L1, l.ownerDescription);
    visit("NextCheckDate"_L1, l.nextCheckDate);
    visit("MaintenanceDate"_L1, l.maintenanceDate);
    visit("AdminWarningDate"_L1, l.adminWarningDate);
    visit("ExpiryDate"_L1, l.expiryDate);
    visit("GraceDate"_L1, l.graceDate);
    visit("ExtraFlags"_L1, l.extraFlags);
    visit("LicenseUrl"_L1, l.licenseUrl);
    visit("LicenseVersion"_L1, l.licenseVersion);
    visit("DeploymentType"_L1, l.deploymentType);
    visit("ProductType"_L1, l.productType);
    visit("ProductDescription"_L1, l.productDescription);
    visit("ModuleLicenses"_L1, l.moduleLicenses);
    visit("PublicKey"_L1, publicKey);
    visit("Signature"_L1, l.signature);
}

template <CarrierOf<ExtendedModuleLicense> M, typename Visit> void fields(M &m, Visit &&visit) {
    using namespace Qt::StringLiterals;
    visit("New"_L1, m.newLicense);
    visit("Current"_L1, m.current);
    visit("NumberOfLicensesInUse"_L1, m.numberOfLicensesInUse);
    visit("NumberOfLicensesFree"_L1, difference(m.numberOfLicensesFree));
    visit("NumberOfLicensesAdded"_L1, difference(m.numberOfLicensesAdded));
    visit("NumberOfLicensesNewTotal"_L1, m.numberOfLicensesNewTotal);
    visit("NumberOfLicensesNewFree"_L1, difference(m.numberOfLicensesNewFree));
    visit("NumberOfLicensesTotal"_L1, m.numberOfLicensesTotal);
}

template <CarrierOf<ExtendedLicenseInfo> E, typename Visit> void fields(E &e, Visit &&visit) {
    using namespace Qt::StringLiterals;
    visit("Reason"_L1, e.reason);
    visit("CanBeActivated"_L1, e.canBeActivated);
    visit("New"_L1, e.newLicense);
    visit("Current"_L1, e.current);
    visit("ExtendedModuleLicenses"_L1, e.extendedModuleLicenses);
    visit("AccumulatedNextCheckDate"_L1, e.accumulatedNextCheckDate);
}

template <CarrierOf<LicenseResult> R, typename Visit> void fields(R &r, Visit &&visit) {
    using namespace Qt::StringLiterals;
    visit("Succeeded"_L1, r.succeeded);
    visit("Reason"_L1, r.reason);
}

template <CarrierOf<CheckLicenseStatusResult> R, typename Visit> void fields(R &r, Visit &&visit) {
    using namespace Qt::StringLiterals;
    visit("LicenseStatus"_L1, r.licenseStatus);
    visit("Message"_L1, r.message);
    visit("Url"_L1, r.url);
}

template <CarrierOf<WebApiError> W, typename Visit> void fields(W &w, Visit &&visit) {
    using namespace Qt::StringLiterals;
    visit("ErrorType"_L1, w.errorType);
    visit("ErrorMessage"_L1, w.errorMessage);
    visit("ErrorSource"_L1, w.errorSource);
}

} // namespace LicenseDesk

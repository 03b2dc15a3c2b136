// Plain value types for the WebAPI's license carriers (API reference, section 7).
#pragma once

#include "LicenseEnums.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace LicenseDesk {

/// A date from the server; nullopt when absent, null, or the "0 = never" value 0001-01-01.
using LicenseDate = std::optional<QDateTime>;

/// A number of seats. 64 bits, so that differences and sums of counts the reader accepted
/// (0 to maxSeatCount) can never overflow.
using SeatCount = qint64;
/// The largest seat count the reader accepts; anything beyond is a malformed answer.
inline constexpr SeatCount maxSeatCount = 10'000'000;

/// A field that holds a difference of seat counts (free, added: negative when short), so it is
/// read from -maxSeatCount to maxSeatCount; Count is SeatCount or const SeatCount.
template <typename Count> struct SeatDifference {
    Count &seats;
};

/// One module row of a license (ModuleLicense).
struct ModuleLicense {
    QString ownerName;
    QString moduleName;
    QString moduleDescription;
    QString moduleTooltip;
    QString moduleVersion;
    EnumValue<LicenseType> licenseType;
    bool unrestricted = false;
    EnumValue<UserType> allowedUserType;
    SeatCount numberOfLicenses = 0;
    int extraFlags = 0;
    QString extraInfo;
    int sortOrder = 0;
    bool isHidden = false;
    QString prerequisiteModuleName;
    QString signature;
};

/// All module rows of one owner at this installation (LicenseInfo).
struct LicenseInfo {
    QString companyName;
    QString serialNr;
    QString ownerName;
    QString ownerDescription;
    LicenseDate nextCheckDate;
    LicenseDate maintenanceDate;
    LicenseDate adminWarningDate;
    LicenseDate expiryDate;
    LicenseDate graceDate;
    int extraFlags = 0;
    QString licenseUrl;
    QString licenseVersion;
    int deploymentType = 0;
    QString productType;
    QString productDescription;
    QList<ModuleLicense> moduleLicenses;
    QString signature;
};

/// One module seen in the stored license and in a candidate license, with usage counts.
struct ExtendedModuleLicense {
    std::optional<ModuleLicense> newLicense;
    std::optional<ModuleLicense> current;
    SeatCount numberOfLicensesInUse = 0;
    // What the server says; nullopt when it left the number out (moduleFacts() then computes it).
    std::optional<SeatCount> numberOfLicensesFree;
    std::optional<SeatCount> numberOfLicensesAdded;
    std::optional<SeatCount> numberOfLicensesNewTotal;
    std::optional<SeatCount> numberOfLicensesNewFree;
    SeatCount numberOfLicensesTotal = 0;
};

/// One owner's stored license, optionally paired with a candidate, plus usage per module.
struct ExtendedLicenseInfo {
    QString reason;
    bool canBeActivated = false;
    std::optional<LicenseInfo> newLicense;
    std::optional<LicenseInfo> current;
    QList<ExtendedModuleLicense> extendedModuleLicenses;
    LicenseDate accumulatedNextCheckDate;
    /// The exact bytes this object was parsed from, when it was a whole response body. Licenses
    /// are signed: activation sends these bytes back, never a re-serialised copy.
    QByteArray rawJson;
    /// The owner the request named (GET License/{owner}, GetLicenseFromLicenseServer), if any.
    QString requestedOwner;

    /// The owner's code name, from the stored license, else the candidate, else the one asked for.
    QString ownerName() const;
    /// When the license server is next checked: AccumulatedNextCheckDate first, else the stored
    /// license's NextCheckDate, else the candidate's. The GUI and the CLI both show this one.
    LicenseDate nextCheckDate() const;
    /// The owner's display name, from the stored license or else the candidate.
    QString ownerDescription() const;
};

/// Outcome of a license operation that can be refused (LicenseResult).
struct LicenseResult {
    bool succeeded = false;
    QString reason;
};

/// What the license server says about an owner (CheckLicenseStatusResult).
struct CheckLicenseStatusResult {
    EnumValue<LicenseStatus> licenseStatus;
    QString message;
    QString url;
};

/// The WebAPI's documented error body.
struct WebApiError {
    QString errorType;
    QString errorMessage;
    QString errorSource;
};

} // namespace LicenseDesk

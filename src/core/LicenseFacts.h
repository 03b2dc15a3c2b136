// Facts derived from license data: seats, blocking modules, changes, expiry. Computed here only.
#pragma once

#include "LicenseData.h"

#include <QCoreApplication>
#include <QStringList>

namespace LicenseDesk {

/// How a module differs between the stored license and a candidate license.
enum class ModuleChange { None, Gained, Dropped, Increased, Decreased };

/// A number the server sent that its own counts do not add up to.
struct SeatMismatch {
    QString key;        ///< JsonReport's key: free, newTotal, newFree or added
    SeatCount server;   ///< what the server sent (and what is shown)
    SeatCount computed; ///< what the licensed and in-use counts give
};

/// One module's usage and what a candidate license would do to it. Free, new total, new free and
/// added are the server's numbers when it sent them, computed only when it left them out.
struct ModuleFacts {
    QString name;
    QString description;
    QString tooltip;
    EnumValue<LicenseType> licenseType;
    bool unrestricted = false; ///< counts are not enforced: never over-used, never blocking
    bool hidden = false;
    bool userPlan = false;      ///< ExtraFlags = 1
    QStringList grantedModules; ///< what a user plan's "set=" list grants
    int sortOrder = 0;
    SeatCount total = 0;
    SeatCount inUse = 0;
    SeatCount free = 0;
    SeatCount newTotal = 0;
    SeatCount newFree = 0;
    SeatCount added = 0;
    ModuleChange change = ModuleChange::None;
    bool overUsed = false; ///< restricted and more seats in use than licensed now
    SeatCount seatsToFree = 0; ///< > 0: the candidate blocks activation by this many seats
    QList<SeatMismatch> mismatches; ///< server numbers that disagree with the arithmetic
};

/// Facts for one ExtendedModuleLicense; hasCandidate says whether the owner's license has a New part.
ModuleFacts moduleFacts(const ExtendedModuleLicense &module, bool hasCandidate);
/// Facts for every module of an owner, in the server's order.
QList<ModuleFacts> moduleFacts(const ExtendedLicenseInfo &license);
/// The module names a user plan grants: the comma list after "set=" in ExtraInfo.
QStringList userPlanGrants(const QString &extraInfo);

/// The plain answer to "may I activate this candidate?".
enum class ActivationVerdict { NoCandidate, NoChange, Allowed, Blocked };

/// Everything the activation preview shows.
struct ActivationPreview {
    ActivationVerdict verdict = ActivationVerdict::NoCandidate;
    QList<ModuleFacts> modules;  ///< every module, changed or not
    QList<ModuleFacts> changed;  ///< modules the activation would change
    QList<ModuleFacts> blocking; ///< restricted modules whose new total is below the seats in use
    bool serverAllows = false;   ///< the server's CanBeActivated
    QString reason;              ///< the server's Reason, verbatim
};

/// Builds the preview of activating license.newLicense over license.current.
ActivationPreview activationPreview(const ExtendedLicenseInfo &license);

/// Where a license stands in its lifetime, from its four dates.
enum class ExpiryState { Permanent, Valid, AdminWarning, ExpiredInGrace, PastGrace };

/// The expiry state of a license on a given day.
ExpiryState expiryState(const LicenseInfo &license, QDate today);
/// Whole days from today to date (negative when past); nullopt when there is no date.
std::optional<qint64> daysUntil(const LicenseDate &date, QDate today);

/// Whether the next check with the license server is scheduled, due later, or overdue.
enum class NextCheckState { NotScheduled, Scheduled, Overdue };
NextCheckState nextCheckState(const LicenseDate &nextCheck, const QDateTime &now);

/// The badge an owner gets in overviews, most urgent first.
enum class OwnerHealth { Problem, Expired, Expiring, NewLicenseAvailable, Ok };
/// An owner's license with the facts of its modules, computed once (off the GUI thread for a whole
/// installation) so that no screen computes them again.
struct OwnerFacts {
    ExtendedLicenseInfo license;
    QList<ModuleFacts> modules;
};
OwnerFacts ownerFacts(const ExtendedLicenseInfo &license);
QList<OwnerFacts> ownerFacts(const QList<ExtendedLicenseInfo> &owners);

/// Health of an owner: over-used modules, expiry state, and whether the license server offered
/// something new.
OwnerHealth ownerHealth(const OwnerFacts &owner, QDate today, bool newLicenseAvailable = false);
OwnerHealth ownerHealth(const ExtendedLicenseInfo &license, QDate today, bool newLicenseAvailable = false);

/// Translated short texts for the enums above (for the GUI and the CLI alike).
class LicenseTexts final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::LicenseTexts)
public:
    static QString expiryState(ExpiryState state);
    static QString ownerHealth(OwnerHealth health);
    static QString moduleChange(ModuleChange change);
    static QString licenseType(const EnumValue<LicenseType> &type);
    static QString verdict(const ActivationPreview &preview);
};

} // namespace LicenseDesk

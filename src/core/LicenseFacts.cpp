// The one place where license numbers and dates are interpreted.
#include "LicenseFacts.h"

namespace LicenseDesk {

QStringList userPlanGrants(const QString &extraInfo) {
    // ExtraInfo may carry other key=value parts; only "set=" lists granted modules.
    const QStringList parts = extraInfo.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (trimmed.startsWith(QLatin1StringView("set="), Qt::CaseInsensitive)) {
            QStringList names = trimmed.mid(4).split(u',', Qt::SkipEmptyParts);
            for (QString &name : names)
                name = name.trimmed();
            names.removeAll(QString());
            return names;
        }
    }
    return {};
}

namespace {

/// Shows what the server sent instead of the arithmetic, noting where the two disagree. Free seats
/// of an unrestricted module have no meaning (counts are not enforced), so those stay none.
void useServerNumbers(const ExtendedModuleLicense &module, ModuleFacts &f) {
    const auto take = [&f](const std::optional<SeatCount> &server, SeatCount &shown, const char *key) {
        if (!server)
            return;
        if (*server != shown)
            f.mismatches.append({QString::fromLatin1(key), *server, shown});
        shown = *server;
    };
    if (!f.unrestricted) {
        take(module.numberOfLicensesFree, f.free, "free");
        take(module.numberOfLicensesNewFree, f.newFree, "newFree");
    }
    take(module.numberOfLicensesNewTotal, f.newTotal, "newTotal");
    take(module.numberOfLicensesAdded, f.added, "added");
}

} // namespace

ModuleFacts moduleFacts(const ExtendedModuleLicense &module, bool hasCandidate) {
    ModuleFacts f;
    // Prefer the candidate's row for descriptive fields: it is what activation would store.
    const ModuleLicense *row =
        module.newLicense ? &*module.newLicense : (module.current ? &*module.current : nullptr);
    if (row) {
        f.name = row->moduleName;
        f.description = row->moduleDescription;
        f.tooltip = row->moduleTooltip;
        f.licenseType = row->licenseType;
        f.unrestricted = row->unrestricted;
        f.hidden = row->isHidden;
        f.userPlan = row->extraFlags == 1;
        f.grantedModules = f.userPlan ? userPlanGrants(row->extraInfo) : QStringList();
        f.sortOrder = row->sortOrder;
    }
    if (module.current && !hasCandidate) {
        f.description = module.current->moduleDescription;
        f.tooltip = module.current->moduleTooltip;
    }

    f.total = module.current ? module.current->numberOfLicenses : module.numberOfLicensesTotal;
    f.inUse = module.numberOfLicensesInUse;
    if (hasCandidate)
        f.newTotal = module.newLicense ? module.newLicense->numberOfLicenses : 0;
    else
        f.newTotal = f.total;
    f.added = f.newTotal - f.total;
    // Unrestricted counts are not enforced, so "free" has no meaning there: report none, as the server does.
    f.free = f.unrestricted ? 0 : f.total - f.inUse;
    f.newFree = f.unrestricted ? 0 : f.newTotal - f.inUse;

    if (hasCandidate) {
        if (!module.current && module.newLicense)
            f.change = ModuleChange::Gained;
        else if (module.current && !module.newLicense)
            f.change = ModuleChange::Dropped;
        else if (f.added > 0)
            f.change = ModuleChange::Increased;
        else if (f.added < 0)
            f.change = ModuleChange::Decreased;
    }
    f.overUsed = !f.unrestricted && f.inUse > f.total;
    f.seatsToFree = (hasCandidate && !f.unrestricted && f.newFree < 0) ? -f.newFree : 0;
    useServerNumbers(module, f);
    return f;
}

QList<ModuleFacts> moduleFacts(const ExtendedLicenseInfo &license) {
    QList<ModuleFacts> result;
    result.reserve(license.extendedModuleLicenses.size());
    const bool hasCandidate = license.newLicense.has_value();
    for (const ExtendedModuleLicense &module : license.extendedModuleLicenses)
        result.append(moduleFacts(module, hasCandidate));
    return result;
}

ActivationPreview activationPreview(const ExtendedLicenseInfo &license) {
    ActivationPreview preview;
    preview.serverAllows = license.canBeActivated;
    preview.reason = license.reason;
    preview.modules = moduleFacts(license);
    for (const ModuleFacts &module : std::as_const(preview.modules)) {
        if (module.change != ModuleChange::None)
            preview.changed.append(module);
        if (module.seatsToFree > 0)
            preview.blocking.append(module);
    }
    if (!license.newLicense)
        preview.verdict = ActivationVerdict::NoCandidate;
    else if (!preview.blocking.isEmpty() || !license.canBeActivated)
        preview.verdict = ActivationVerdict::Blocked;
    else if (preview.changed.isEmpty())
        preview.verdict = ActivationVerdict::NoChange;
    else
        preview.verdict = ActivationVerdict::Allowed;
    return preview;
}

std::optional<qint64> daysUntil(const LicenseDate &date, QDate today) {
    if (!date)
        return std::nullopt;
    return today.daysTo(date->date());
}

ExpiryState expiryState(const LicenseInfo &license, QDate today) {
    if (!license.expiryDate)
        return ExpiryState::Permanent;
    const QDate expiry = license.expiryDate->date();
    if (today > expiry) {
        if (license.graceDate && today <= license.graceDate->date())
            return ExpiryState::ExpiredInGrace;
        return ExpiryState::PastGrace;
    }
    if (license.adminWarningDate && today >= license.adminWarningDate->date())
        return ExpiryState::AdminWarning;
    return ExpiryState::Valid;
}

NextCheckState nextCheckState(const LicenseDate &nextCheck, const QDateTime &now) {
    if (!nextCheck)
        return NextCheckState::NotScheduled;
    return *nextCheck <= now ? NextCheckState::Overdue : NextCheckState::Scheduled;
}

OwnerFacts ownerFacts(const ExtendedLicenseInfo &license) {
    return OwnerFacts{license, moduleFacts(license)};
}

QList<OwnerFacts> ownerFacts(const QList<ExtendedLicenseInfo> &owners) {
    QList<OwnerFacts> facts;
    facts.reserve(owners.size());
    for (const ExtendedLicenseInfo &owner : owners)
        facts.append(ownerFacts(owner));
    return facts;
}

OwnerHealth ownerHealth(const OwnerFacts &owner, QDate today, bool newLicenseAvailable) {
    if (!owner.license.current)
        return OwnerHealth::Problem;
    if (std::any_of(owner.modules.cbegin(), owner.modules.cend(), [](const ModuleFacts &m) { return m.overUsed; }))
        return OwnerHealth::Problem;
    switch (expiryState(*owner.license.current, today)) {
    case ExpiryState::ExpiredInGrace:
    case ExpiryState::PastGrace:
        return OwnerHealth::Expired;
    case ExpiryState::AdminWarning:
        return OwnerHealth::Expiring;
    case ExpiryState::Permanent:
    case ExpiryState::Valid:
        break;
    }
    return newLicenseAvailable ? OwnerHealth::NewLicenseAvailable : OwnerHealth::Ok;
}

OwnerHealth ownerHealth(const ExtendedLicenseInfo &license, QDate today, bool newLicenseAvailable) {
    return ownerHealth(ownerFacts(license), today, newLicenseAvailable);
}

QString LicenseTexts::expiryState(ExpiryState state) {
    switch (state) {
    case ExpiryState::Permanent:
        return tr("Permanent");
    case ExpiryState::Valid:
        return tr("Valid");
    case ExpiryState::AdminWarning:
        return tr("Expires soon");
    case ExpiryState::ExpiredInGrace:
        return tr("Expired, in grace period");
    case ExpiryState::PastGrace:
        return tr("Expired");
    }
    return {};
}

QString LicenseTexts::ownerHealth(OwnerHealth health) {
    switch (health) {
    case OwnerHealth::Problem:
        return tr("Problem");
    case OwnerHealth::Expired:
        return tr("Expired");
    case OwnerHealth::Expiring:
        return tr("Expiring");
    case OwnerHealth::NewLicenseAvailable:
        return tr("New license available");
    case OwnerHealth::Ok:
        return tr("OK");
    }
    return {};
}

QString LicenseTexts::moduleChange(ModuleChange change) {
    switch (change) {
    case ModuleChange::None:
        return tr("unchanged");
    case ModuleChange::Gained:
        return tr("new module");
    case ModuleChange::Dropped:
        return tr("dropped");
    case ModuleChange::Increased:
        return tr("more seats");
    case ModuleChange::Decreased:
        return tr("fewer seats");
    }
    return {};
}

QString LicenseTexts::licenseType(const EnumValue<LicenseType> &type) {
    if (!type.value)
        return type.raw; // an unknown name is shown as the server sent it
    switch (*type.value) {
    case LicenseType::Unknown:
        return tr("Unknown");
    case LicenseType::SiteLicense:
        return tr("Site");
    case LicenseType::SatelliteLicense:
        return tr("Satellite");
    case LicenseType::UserLicense:
        return tr("User");
    }
    return type.raw;
}

QString LicenseTexts::verdict(const ActivationPreview &preview) {
    switch (preview.verdict) {
    case ActivationVerdict::NoCandidate:
        return tr("The license server offered no new license.");
    case ActivationVerdict::NoChange:
        return tr("Activating would change no module counts.");
    case ActivationVerdict::Allowed:
        return tr("Activation is possible: %n module(s) would change.", nullptr, int(preview.changed.size()));
    case ActivationVerdict::Blocked:
        if (preview.blocking.isEmpty())
            return tr("Activation is refused by the server: %1").arg(preview.reason);
        return tr("Activation is blocked: free seats in %n module(s) first.", nullptr,
                  int(preview.blocking.size()));
    }
    return {};
}

} // namespace LicenseDesk

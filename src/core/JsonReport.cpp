// Turns license values and core's facts into JSON objects with stable keys.
#include "JsonReport.h"

#include "OwnerTotals.h"

namespace LicenseDesk {

namespace {

const LicenseInfo *storedOrCandidate(const ExtendedLicenseInfo &info) {
    if (info.current)
        return &*info.current;
    return info.newLicense ? &*info.newLicense : nullptr;
}

QJsonArray stringArray(const QStringList &list) {
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QJsonObject licenseHeader(const ExtendedLicenseInfo &info, QDate today) {
    QJsonObject object;
    object.insert(QStringLiteral("owner"), info.ownerName());
    object.insert(QStringLiteral("description"), info.ownerDescription());
    const LicenseInfo *license = storedOrCandidate(info);
    object.insert(QStringLiteral("company"), license ? license->companyName : QString());
    object.insert(QStringLiteral("serial"), license ? license->serialNr : QString());
    object.insert(QStringLiteral("expiry"), license ? JsonReport::date(license->expiryDate) : QJsonValue());
    object.insert(QStringLiteral("expiryState"),
                  license ? QJsonValue(JsonReport::expiryStateKey(expiryState(*license, today)))
                          : QJsonValue());
    object.insert(QStringLiteral("graceDate"), license ? JsonReport::date(license->graceDate) : QJsonValue());
    object.insert(QStringLiteral("maintenanceDate"),
                  license ? JsonReport::date(license->maintenanceDate) : QJsonValue());
    object.insert(QStringLiteral("nextCheckDate"),
                  license ? JsonReport::date(info.nextCheckDate()) : QJsonValue());
    return object;
}

QJsonArray moduleArray(const QList<ModuleFacts> &modules) {
    QJsonArray array;
    for (const ModuleFacts &m : modules)
        array.append(JsonReport::module(m));
    return array;
}

} // namespace

QJsonValue JsonReport::date(const LicenseDate &value) {
    if (!value)
        return QJsonValue(QJsonValue::Null);
    return value->toString(Qt::ISODate);
}

QString JsonReport::expiryStateKey(ExpiryState state) {
    switch (state) {
    case ExpiryState::Permanent:
        return QStringLiteral("permanent");
    case ExpiryState::Valid:
        return QStringLiteral("valid");
    case ExpiryState::AdminWarning:
        return QStringLiteral("expiresSoon");
    case ExpiryState::ExpiredInGrace:
        return QStringLiteral("expiredInGrace");
    case ExpiryState::PastGrace:
        return QStringLiteral("expired");
    }
    return QString();
}

QString JsonReport::healthKey(OwnerHealth health) {
    switch (health) {
    case OwnerHealth::Problem:
        return QStringLiteral("problem");
    case OwnerHealth::Expired:
        return QStringLiteral("expired");
    case OwnerHealth::Expiring:
        return QStringLiteral("expiring");
    case OwnerHealth::NewLicenseAvailable:
        return QStringLiteral("newLicenseAvailable");
    case OwnerHealth::Ok:
        return QStringLiteral("ok");
    }
    return QString();
}

QString JsonReport::verdictKey(ActivationVerdict verdict) {
    switch (verdict) {
    case ActivationVerdict::NoCandidate:
        return QStringLiteral("noCandidate");
    case ActivationVerdict::NoChange:
        return QStringLiteral("noChange");
    case ActivationVerdict::Allowed:
        return QStringLiteral("allowed");
    case ActivationVerdict::Blocked:
        return QStringLiteral("blocked");
    }
    return QString();
}

QString JsonReport::changeKey(ModuleChange change) {
    switch (change) {
    case ModuleChange::None:
        return QStringLiteral("none");
    case ModuleChange::Gained:
        return QStringLiteral("gained");
    case ModuleChange::Dropped:
        return QStringLiteral("dropped");
    case ModuleChange::Increased:
        return QStringLiteral("increased");
    case ModuleChange::Decreased:
        return QStringLiteral("decreased");
    }
    return QString();
}

QJsonObject JsonReport::module(const ModuleFacts &facts) {
    QJsonObject object;
    object.insert(QStringLiteral("name"), facts.name);
    object.insert(QStringLiteral("description"), facts.description);
    object.insert(QStringLiteral("licenseType"), facts.licenseType.raw);
    object.insert(QStringLiteral("total"), facts.total);
    object.insert(QStringLiteral("inUse"), facts.inUse);
    object.insert(QStringLiteral("free"), facts.free);
    object.insert(QStringLiteral("newTotal"), facts.newTotal);
    object.insert(QStringLiteral("newFree"), facts.newFree);
    object.insert(QStringLiteral("added"), facts.added);
    object.insert(QStringLiteral("unrestricted"), facts.unrestricted);
    object.insert(QStringLiteral("hidden"), facts.hidden);
    object.insert(QStringLiteral("userPlan"), facts.userPlan);
    object.insert(QStringLiteral("grantedModules"), stringArray(facts.grantedModules));
    object.insert(QStringLiteral("change"), changeKey(facts.change));
    object.insert(QStringLiteral("overUsed"), facts.overUsed);
    object.insert(QStringLiteral("seatsToFree"), facts.seatsToFree);
    QJsonArray mismatches;
    for (const SeatMismatch &m : facts.mismatches)
        mismatches.append(QJsonObject{{QStringLiteral("field"), m.key},
                                      {QStringLiteral("server"), m.server},
                                      {QStringLiteral("computed"), m.computed}});
    object.insert(QStringLiteral("mismatch"), mismatches);
    return object;
}

QJsonObject JsonReport::license(const ExtendedLicenseInfo &info, QDate today) {
    return license(info, moduleFacts(info), today);
}

QJsonObject JsonReport::license(const ExtendedLicenseInfo &info, const QList<ModuleFacts> &modules, QDate today) {
    QJsonObject object = licenseHeader(info, today);
    object.insert(QStringLiteral("modules"), moduleArray(modules));
    return object;
}

QList<QJsonObject> JsonReport::moduleRows(const QJsonObject &license) {
    QList<QJsonObject> rows;
    const QJsonArray modules = license.value(QStringLiteral("modules")).toArray();
    for (const QJsonValue &module : modules) {
        QJsonObject row = module.toObject();
        row.insert(QStringLiteral("owner"), license.value(QStringLiteral("owner")));
        rows.append(row);
    }
    return rows;
}

QJsonObject JsonReport::preview(const ExtendedLicenseInfo &info, const ActivationPreview &preview,
                                QDate today) {
    QJsonObject object = licenseHeader(info, today);
    object.insert(QStringLiteral("canBeActivated"), info.canBeActivated);
    object.insert(QStringLiteral("reason"), info.reason);
    object.insert(QStringLiteral("verdict"), verdictKey(preview.verdict));
    object.insert(QStringLiteral("message"), LicenseTexts::verdict(preview));
    object.insert(QStringLiteral("newExpiry"),
                  info.newLicense ? date(info.newLicense->expiryDate) : QJsonValue(QJsonValue::Null));
    QJsonArray blocking;
    for (const ModuleFacts &m : preview.blocking)
        blocking.append(
            QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("seatsToFree"), m.seatsToFree}});
    object.insert(QStringLiteral("blocking"), blocking);
    object.insert(QStringLiteral("changed"), int(preview.changed.size()));
    object.insert(QStringLiteral("modules"), moduleArray(preview.modules));
    return object;
}

QJsonObject JsonReport::ownerSummary(const ExtendedLicenseInfo &info, QDate today) {
    QJsonObject object = licenseHeader(info, today);
    const OwnerTotals totals = OwnerTotals::of(moduleFacts(info));
    object.insert(QStringLiteral("health"), healthKey(ownerHealth(info, today)));
    object.insert(QStringLiteral("modules"), totals.modules);
    object.insert(QStringLiteral("total"), totals.total);
    object.insert(QStringLiteral("inUse"), totals.inUse);
    object.insert(QStringLiteral("free"), totals.free);
    object.insert(QStringLiteral("overUsedModules"), totals.overUsedModules);
    return object;
}

QJsonArray JsonReport::owners(const QList<ExtendedLicenseInfo> &owners, QDate today) {
    QJsonArray array;
    for (const ExtendedLicenseInfo &info : owners)
        array.append(ownerSummary(info, today));
    return array;
}

QJsonObject JsonReport::moduleLicense(const ModuleLicense &module) {
    ExtendedModuleLicense wrapped;
    wrapped.current = module;
    const ModuleFacts facts = moduleFacts(wrapped, false);
    QJsonObject object;
    object.insert(QStringLiteral("owner"), module.ownerName);
    object.insert(QStringLiteral("name"), facts.name);
    object.insert(QStringLiteral("description"), facts.description);
    object.insert(QStringLiteral("tooltip"), facts.tooltip);
    object.insert(QStringLiteral("version"), module.moduleVersion);
    object.insert(QStringLiteral("licenseType"), facts.licenseType.raw);
    object.insert(QStringLiteral("allowedUserType"), module.allowedUserType.raw);
    object.insert(QStringLiteral("total"), facts.total);
    object.insert(QStringLiteral("unrestricted"), facts.unrestricted);
    object.insert(QStringLiteral("hidden"), facts.hidden);
    object.insert(QStringLiteral("userPlan"), facts.userPlan);
    object.insert(QStringLiteral("grantedModules"), stringArray(facts.grantedModules));
    object.insert(QStringLiteral("prerequisite"), module.prerequisiteModuleName);
    return object;
}

QJsonObject JsonReport::status(const QString &owner, const CheckLicenseStatusResult &status) {
    QJsonObject object;
    object.insert(QStringLiteral("owner"), owner);
    object.insert(QStringLiteral("status"), status.licenseStatus.raw);
    object.insert(QStringLiteral("known"), status.licenseStatus.isKnown());
    object.insert(QStringLiteral("message"), status.message);
    object.insert(QStringLiteral("url"), status.url);
    return object;
}

QStringList JsonReport::moduleKeys() {
    return {QStringLiteral("owner"),       QStringLiteral("name"),         QStringLiteral("description"),
            QStringLiteral("licenseType"), QStringLiteral("total"),        QStringLiteral("inUse"),
            QStringLiteral("free"),        QStringLiteral("newTotal"),     QStringLiteral("newFree"),
            QStringLiteral("added"),       QStringLiteral("unrestricted"), QStringLiteral("hidden"),
            QStringLiteral("userPlan")};
}

QStringList JsonReport::previewModuleKeys() {
    return moduleKeys() << QStringLiteral("change") << QStringLiteral("seatsToFree");
}

QStringList JsonReport::ownerKeys() {
    return {QStringLiteral("owner"),  QStringLiteral("description"), QStringLiteral("company"),
            QStringLiteral("serial"), QStringLiteral("expiry"),      QStringLiteral("expiryState"),
            QStringLiteral("health"), QStringLiteral("modules"),     QStringLiteral("total"),
            QStringLiteral("inUse"),  QStringLiteral("free"),        QStringLiteral("overUsedModules")};
}

QStringList JsonReport::moduleLicenseKeys() {
    return {QStringLiteral("owner"),    QStringLiteral("name"),           QStringLiteral("description"),
            QStringLiteral("version"),  QStringLiteral("licenseType"),    QStringLiteral("allowedUserType"),
            QStringLiteral("total"),    QStringLiteral("unrestricted"),   QStringLiteral("hidden"),
            QStringLiteral("userPlan"), QStringLiteral("grantedModules"), QStringLiteral("prerequisite")};
}

QStringList JsonReport::statusKeys() {
    return {QStringLiteral("owner"), QStringLiteral("status"), QStringLiteral("message"),
            QStringLiteral("url")};
}

} // namespace LicenseDesk

// The demo server's response bodies: its licenses, translated, written by LicenseJson.
#include "DemoJson.h"

#include "DemoTranslations.h"
#include "LicenseJson.h"


namespace LicenseDesk::DemoJson {

using namespace Qt::StringLiterals;

namespace {

ModuleLicense translated(ModuleLicense m, const QString &language) {
    if (!language.isEmpty())
        m.moduleDescription =
            DemoTranslations::moduleDescription(m.ownerName, m.moduleName, language, m.moduleDescription);
    return m;
}

LicenseInfo translated(LicenseInfo l, const QString &language) {
    if (language.isEmpty())
        return l;
    l.ownerDescription = DemoTranslations::ownerDescription(l.ownerName, language, l.ownerDescription);
    for (ModuleLicense &m : l.moduleLicenses)
        m = translated(std::move(m), language);
    return l;
}

} // namespace

QByteArray moduleLicense(const ModuleLicense &m, const QString &language) {
    return LicenseJson::write(translated(m, language));
}

QByteArray extendedLicenseInfo(const DemoOwner &owner, const LicenseInfo *candidate, bool canBeActivated,
                               const QString &reason, const QString &language) {
    ExtendedLicenseInfo info;
    info.reason = reason;
    info.canBeActivated = canBeActivated;
    if (candidate)
        info.newLicense = translated(*candidate, language);
    if (!owner.current.ownerName.isEmpty())
        info.current = translated(owner.current, language);
    info.extendedModuleLicenses = demoModuleCounts(owner, candidate);
    for (ExtendedModuleLicense &row : info.extendedModuleLicenses) {
        if (row.current)
            row.current = translated(*row.current, language);
        if (row.newLicense)
            row.newLicense = translated(*row.newLicense, language);
    }
    // The earliest scheduled check across the stored license (the only one the database knows).
    info.accumulatedNextCheckDate = owner.current.nextCheckDate;
    return LicenseJson::write(info);
}

QByteArray licenseResult(bool succeeded, const QString &reason) {
    // LicenseResult is a Carrier: the housekeeping members follow its own.
    QByteArray body = LicenseJson::write(LicenseResult{succeeded, reason});
    body.chop(1);
    return body + R"(,"TableRight":null,"FieldProperties":{}})";
}

QJsonObject error(const QString &type, const QString &message, const QString &source) {
    return QJsonObject{
        {"Error"_L1, true}, {"ErrorType"_L1, type}, {"ErrorMessage"_L1, message}, {"ErrorSource"_L1, source}};
}

} // namespace LicenseDesk::DemoJson

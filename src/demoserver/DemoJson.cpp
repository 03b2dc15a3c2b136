// JSON writers for the demo server's responses and its data file.
#include "DemoJson.h"

#include "DemoSigner.h"
#include "DemoTranslations.h"

#include <QJsonArray>

namespace LicenseDesk::DemoJson {

using namespace Qt::StringLiterals;

QJsonObject moduleLicense(const ModuleLicense &m, const QString &language) {
    const QString description =
        language.isEmpty()
            ? m.moduleDescription
            : DemoTranslations::moduleDescription(m.ownerName, m.moduleName, language, m.moduleDescription);
    return QJsonObject{
        {"OwnerName"_L1, m.ownerName},
        {"ModuleName"_L1, m.moduleName},
        {"ModuleDescription"_L1, description},
        {"ModuleTooltip"_L1, m.moduleTooltip},
        {"ModuleVersion"_L1, m.moduleVersion},
        {"LicenseType"_L1, m.licenseType.raw},
        {"Unrestricted"_L1, m.unrestricted},
        {"AllowedUserType"_L1, m.allowedUserType.raw},
        {"NumberOfLicenses"_L1, m.numberOfLicenses},
        {"ExtraFlags"_L1, m.extraFlags},
        {"ExtraInfo"_L1, m.extraInfo},
        {"SortOrder"_L1, m.sortOrder},
        {"IsHidden"_L1, m.isHidden},
        {"PrerequisiteModuleName"_L1, m.prerequisiteModuleName},
        {"Signature"_L1, m.signature},
    };
}

QJsonObject licenseInfo(const LicenseInfo &l, const QString &language) {
    QJsonArray modules;
    for (const ModuleLicense &m : l.moduleLicenses)
        modules.append(moduleLicense(m, language));
    const QString ownerDescription =
        language.isEmpty() ? l.ownerDescription
                           : DemoTranslations::ownerDescription(l.ownerName, language, l.ownerDescription);
    return QJsonObject{
        {"CompanyName"_L1, l.companyName},
        {"SerialNr"_L1, l.serialNr},
        {"OwnerName"_L1, l.ownerName},
        {"OwnerDescription"_L1, ownerDescription},
        {"NextCheckDate"_L1, DemoSigner::formatDate(l.nextCheckDate)},
        {"MaintenanceDate"_L1, DemoSigner::formatDate(l.maintenanceDate)},
        {"AdminWarningDate"_L1, DemoSigner::formatDate(l.adminWarningDate)},
        {"ExpiryDate"_L1, DemoSigner::formatDate(l.expiryDate)},
        {"GraceDate"_L1, DemoSigner::formatDate(l.graceDate)},
        {"ExtraFlags"_L1, l.extraFlags},
        {"LicenseUrl"_L1, l.licenseUrl},
        {"LicenseVersion"_L1, l.licenseVersion},
        {"DeploymentType"_L1, l.deploymentType},
        {"ProductType"_L1, l.productType},
        {"ProductDescription"_L1, l.productDescription},
        {"ModuleLicenses"_L1, modules},
        {"PublicKey"_L1, QJsonValue::Null},
        {"Signature"_L1, l.signature},
    };
}

QJsonObject extendedLicenseInfo(const DemoOwner &owner, const LicenseInfo *candidate, bool canBeActivated,
                                const QString &reason, const QString &language) {
    QJsonArray modules;
    for (const ExtendedModuleLicense &row : demoModuleCounts(owner, candidate)) {
        modules.append(QJsonObject{
            {"New"_L1, row.newLicense ? QJsonValue(moduleLicense(*row.newLicense, language)) : QJsonValue()},
            {"Current"_L1, row.current ? QJsonValue(moduleLicense(*row.current, language)) : QJsonValue()},
            {"NumberOfLicensesInUse"_L1, row.numberOfLicensesInUse},
            {"NumberOfLicensesFree"_L1, row.numberOfLicensesFree},
            {"NumberOfLicensesAdded"_L1, row.numberOfLicensesAdded},
            {"NumberOfLicensesNewTotal"_L1, row.numberOfLicensesNewTotal},
            {"NumberOfLicensesNewFree"_L1, row.numberOfLicensesNewFree},
            {"NumberOfLicensesTotal"_L1, row.numberOfLicensesTotal},
        });
    }
    // The earliest scheduled check across the stored license (the only one the database knows).
    return QJsonObject{
        {"Reason"_L1, reason},
        {"CanBeActivated"_L1, canBeActivated},
        {"New"_L1, candidate ? QJsonValue(licenseInfo(*candidate, language)) : QJsonValue()},
        {"Current"_L1,
         owner.current.ownerName.isEmpty() ? QJsonValue() : QJsonValue(licenseInfo(owner.current, language))},
        {"ExtendedModuleLicenses"_L1, modules},
        {"AccumulatedNextCheckDate"_L1, DemoSigner::formatDate(owner.current.nextCheckDate)},
    };
}

QJsonObject licenseResult(bool succeeded, const QString &reason) {
    return QJsonObject{{"Succeeded"_L1, succeeded},
                       {"Reason"_L1, reason},
                       {"TableRight"_L1, QJsonValue()},
                       {"FieldProperties"_L1, QJsonObject()}};
}

QJsonObject error(const QString &type, const QString &message, const QString &source) {
    return QJsonObject{
        {"Error"_L1, true}, {"ErrorType"_L1, type}, {"ErrorMessage"_L1, message}, {"ErrorSource"_L1, source}};
}

} // namespace LicenseDesk::DemoJson

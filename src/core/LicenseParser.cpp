// Field-by-field readers for the license carriers (API reference, section 7).
#include "LicenseParser.h"

#include <QJsonDocument>

namespace LicenseDesk {
namespace {

using namespace Qt::StringLiterals;

ModuleLicense readModuleLicense(const JsonReader &r)
{
    ModuleLicense m;
    m.ownerName = r.string("OwnerName"_L1);
    m.moduleName = r.string("ModuleName"_L1);
    m.moduleDescription = r.string("ModuleDescription"_L1);
    m.moduleTooltip = r.string("ModuleTooltip"_L1);
    m.moduleVersion = r.string("ModuleVersion"_L1);
    m.licenseType = r.enumValue("LicenseType"_L1, &licenseTypeFromName);
    m.unrestricted = r.boolean("Unrestricted"_L1);
    m.allowedUserType = r.enumValue("AllowedUserType"_L1, &userTypeFromName);
    m.numberOfLicenses = r.integer("NumberOfLicenses"_L1);
    m.extraFlags = r.integer("ExtraFlags"_L1);
    m.extraInfo = r.string("ExtraInfo"_L1);
    m.sortOrder = r.integer("SortOrder"_L1);
    m.isHidden = r.boolean("IsHidden"_L1);
    m.prerequisiteModuleName = r.string("PrerequisiteModuleName"_L1);
    m.signature = r.string("Signature"_L1);
    return m;
}

LicenseInfo readLicenseInfo(const JsonReader &r)
{
    LicenseInfo l;
    l.companyName = r.string("CompanyName"_L1);
    l.serialNr = r.string("SerialNr"_L1);
    l.ownerName = r.string("OwnerName"_L1);
    l.ownerDescription = r.string("OwnerDescription"_L1);
    l.nextCheckDate = r.date("NextCheckDate"_L1);
    l.maintenanceDate = r.date("MaintenanceDate"_L1);
    l.adminWarningDate = r.date("AdminWarningDate"_L1);
    l.expiryDate = r.date("ExpiryDate"_L1);
    l.graceDate = r.date("GraceDate"_L1);
    l.extraFlags = r.integer("ExtraFlags"_L1);
    l.licenseUrl = r.string("LicenseUrl"_L1);
    l.licenseVersion = r.string("LicenseVersion"_L1);
    l.deploymentType = r.integer("DeploymentType"_L1);
    l.productType = r.string("ProductType"_L1);
    l.productDescription = r.string("ProductDescription"_L1);
    l.moduleLicenses = r.array("ModuleLicenses"_L1, readModuleLicense);
    l.signature = r.string("Signature"_L1);
    return l;
}

ExtendedModuleLicense readExtendedModuleLicense(const JsonReader &r)
{
    ExtendedModuleLicense m;
    m.newLicense = r.object("New"_L1, readModuleLicense);
    m.current = r.object("Current"_L1, readModuleLicense);
    m.numberOfLicensesInUse = r.integer("NumberOfLicensesInUse"_L1);
    m.numberOfLicensesFree = r.integer("NumberOfLicensesFree"_L1);
    m.numberOfLicensesAdded = r.integer("NumberOfLicensesAdded"_L1);
    m.numberOfLicensesNewTotal = r.integer("NumberOfLicensesNewTotal"_L1);
    m.numberOfLicensesNewFree = r.integer("NumberOfLicensesNewFree"_L1);
    m.numberOfLicensesTotal = r.integer("NumberOfLicensesTotal"_L1);
    return m;
}

ExtendedLicenseInfo readExtendedLicenseInfo(const JsonReader &r)
{
    ExtendedLicenseInfo e;
    e.reason = r.string("Reason"_L1);
    e.canBeActivated = r.boolean("CanBeActivated"_L1);
    e.newLicense = r.object("New"_L1, readLicenseInfo);
    e.current = r.object("Current"_L1, readLicenseInfo);
    e.extendedModuleLicenses = r.array("ExtendedModuleLicenses"_L1, readExtendedModuleLicense);
    e.accumulatedNextCheckDate = r.date("AccumulatedNextCheckDate"_L1);
    return e;
}

LicenseResult readLicenseResult(const JsonReader &r)
{
    return LicenseResult{r.boolean("Succeeded"_L1), r.string("Reason"_L1)};
}

CheckLicenseStatusResult readCheckLicenseStatusResult(const JsonReader &r)
{
    return CheckLicenseStatusResult{r.enumValue("LicenseStatus"_L1, &licenseStatusFromName), r.string("Message"_L1),
                                    r.string("Url"_L1)};
}

/// Parses the document itself; returns false with the error set when it is not JSON at all.
bool readDocument(const QByteArray &json, QJsonDocument &document, ParseError &error)
{
    if (json.trimmed().isEmpty()) {
        error.message = JsonReader::tr("the response is empty");
        return false;
    }
    QJsonParseError jsonError;
    document = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        error.message = JsonReader::tr("malformed JSON at byte %1: %2").arg(jsonError.offset).arg(jsonError.errorString());
        return false;
    }
    return true;
}

template <typename Fn> auto parseObject(const QByteArray &json, Fn read) -> Parsed<decltype(read(std::declval<JsonReader &>()))>
{
    Parsed<decltype(read(std::declval<JsonReader &>()))> result;
    QJsonDocument document;
    if (!readDocument(json, document, result.error))
        return result;
    if (!document.isObject()) {
        result.error.message = JsonReader::tr("expected a JSON object");
        return result;
    }
    const JsonReader reader(document.object(), QString(), result.error);
    auto value = read(reader);
    if (result.error.isNull())
        result.value = std::move(value);
    return result;
}

} // namespace

Parsed<ExtendedLicenseInfo> parseExtendedLicenseInfo(const QByteArray &json)
{
    auto result = parseObject(json, readExtendedLicenseInfo);
    if (result.value)
        result.value->rawJson = json;
    return result;
}

Parsed<QList<ExtendedLicenseInfo>> parseExtendedLicenseInfoList(const QByteArray &json)
{
    Parsed<QList<ExtendedLicenseInfo>> result;
    QJsonDocument document;
    if (!readDocument(json, document, result.error))
        return result;
    if (!document.isArray()) {
        result.error.message = JsonReader::tr("expected a JSON array");
        return result;
    }
    // Reuse the object reader's array handling by wrapping the top-level array.
    const QJsonObject wrapper{{"items"_L1, document.array()}};
    ParseError error;
    const JsonReader reader(wrapper, QString(), error);
    QList<ExtendedLicenseInfo> owners = reader.array("items"_L1, readExtendedLicenseInfo);
    if (!error.isNull()) {
        error.path.remove(0, int(qstrlen("items")));
        result.error = error;
        return result;
    }
    result.value = std::move(owners);
    return result;
}

Parsed<ModuleLicense> parseModuleLicense(const QByteArray &json) { return parseObject(json, readModuleLicense); }

Parsed<LicenseResult> parseLicenseResult(const QByteArray &json) { return parseObject(json, readLicenseResult); }

Parsed<CheckLicenseStatusResult> parseCheckLicenseStatusResult(const QByteArray &json)
{
    return parseObject(json, readCheckLicenseStatusResult);
}

Parsed<QString> parseJsonString(const QByteArray &json)
{
    Parsed<QString> result;
    // A bare string is not a JSON document to QJsonDocument, so wrap it in an array.
    const QByteArray wrapped = '[' + json + ']';
    QJsonDocument document;
    if (!readDocument(json.trimmed().isEmpty() ? json : wrapped, document, result.error))
        return result;
    const QJsonArray items = document.array();
    if (items.size() != 1 || !items.first().isString()) {
        result.error.message = JsonReader::tr("expected a JSON string");
        return result;
    }
    result.value = items.first().toString();
    return result;
}

std::optional<WebApiError> parseWebApiError(const QByteArray &body)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QString message = object.value("ErrorMessage"_L1).toString();
    const QString type = object.value("ErrorType"_L1).toString();
    // Without a type or a message there is nothing to tell the admin: treat it as no error body.
    if (message.isEmpty() && type.isEmpty())
        return std::nullopt;
    return WebApiError{type, message, object.value("ErrorSource"_L1).toString()};
}

} // namespace LicenseDesk

// Field-by-field readers for the license carriers (API reference, section 7).
#include "LicenseParser.h"

#include "JsonScanner.h"

#include <QJsonDocument>
#include <array>

namespace LicenseDesk {
namespace {

using namespace Qt::StringLiterals;

ModuleLicense readModuleLicense(const JsonReader &r) {
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

LicenseInfo readLicenseInfo(const JsonReader &r) {
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

ExtendedModuleLicense readExtendedModuleLicense(const JsonReader &r) {
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

ExtendedLicenseInfo readExtendedLicenseInfo(const JsonReader &r) {
    ExtendedLicenseInfo e;
    e.reason = r.string("Reason"_L1);
    e.canBeActivated = r.boolean("CanBeActivated"_L1);
    e.newLicense = r.object("New"_L1, readLicenseInfo);
    e.current = r.object("Current"_L1, readLicenseInfo);
    e.extendedModuleLicenses = r.array("ExtendedModuleLicenses"_L1, readExtendedModuleLicense);
    e.accumulatedNextCheckDate = r.date("AccumulatedNextCheckDate"_L1);
    return e;
}

LicenseResult readLicenseResult(const JsonReader &r) {
    return LicenseResult{r.boolean("Succeeded"_L1), r.string("Reason"_L1)};
}

CheckLicenseStatusResult readCheckLicenseStatusResult(const JsonReader &r) {
    return CheckLicenseStatusResult{r.enumValue("LicenseStatus"_L1, &licenseStatusFromName),
                                    r.string("Message"_L1), r.string("Url"_L1)};
}

// The single-pass readers: the same fields and defaults as the readers above, straight from the
// bytes. Whatever they are unsure about (a type error, a repeated field, ...) makes the scanner give
// up, and the body is read again by the QJsonDocument readers above, which word the error.
namespace scan {

template <std::size_t N> using FieldNames = std::array<QByteArrayView, N>;

template <std::size_t N> int fieldIndex(QByteArrayView key, const FieldNames<N> &names) {
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == key)
            return int(i);
    }
    return -1;
}

/// Records that field index was read; a second time gives up (QJsonDocument keeps the last one).
bool firstTime(JsonScanner &s, quint32 &seen, int index) {
    if (index < 0)
        return true;
    const quint32 bit = 1u << index;
    if (seen & bit) {
        s.fail();
        return false;
    }
    seen |= bit;
    return true;
}

/// slot: the field's own JsonScanner recent-string slot, so values repeated row after row share one string.
void read(JsonScanner &s, QString &out, int slot = -1) {
    if (s.peek() == JsonScanner::Type::Null)
        s.readNull();
    else
        s.readString(out, slot);
}

void read(JsonScanner &s, bool &out) {
    if (s.peek() == JsonScanner::Type::Null)
        s.readNull();
    else
        s.readBool(out);
}

void read(JsonScanner &s, int &out) {
    if (s.peek() == JsonScanner::Type::Null)
        s.readNull();
    else
        s.readInt(out);
}

void read(JsonScanner &s, LicenseDate &out) {
    if (s.peek() == JsonScanner::Type::Null) {
        s.readNull();
        return;
    }
    QString text;
    if (s.readString(text) && !parseLicenseDate(text, out))
        s.fail();
}

template <typename E>
void read(JsonScanner &s, EnumValue<E> &out, std::optional<E> (*fromName)(QStringView), int slot) {
    read(s, out.raw, slot);
    out.value = fromName(out.raw);
}

/// Reads an object member by member; field(index) reads the value of a known field, others are skipped.
template <std::size_t N, typename Fn> void readFields(JsonScanner &s, const FieldNames<N> &names, Fn field) {
    static_assert(N <= 32);
    quint32 seen = 0;
    bool first = true;
    QByteArrayView key;
    if (!s.beginObject())
        return;
    while (s.nextMember(first, key)) {
        const int index = fieldIndex(key, names);
        if (!firstTime(s, seen, index))
            return;
        if (index < 0)
            s.skipValue();
        else
            field(index);
        if (s.failed())
            return;
    }
}

template <typename T, typename Fn> void readObject(JsonScanner &s, std::optional<T> &out, Fn parse) {
    switch (s.peek()) {
    case JsonScanner::Type::Null:
        s.readNull();
        break;
    case JsonScanner::Type::Object:
        out = parse(s);
        break;
    default:
        s.fail();
    }
}

template <typename T, typename Fn> void readArray(JsonScanner &s, QList<T> &out, Fn parse) {
    if (s.peek() == JsonScanner::Type::Null) {
        s.readNull();
        return;
    }
    if (!s.beginArray())
        return;
    bool first = true;
    while (s.nextElement(first)) {
        if (s.peek() != JsonScanner::Type::Object) {
            s.fail();
            return;
        }
        out.append(parse(s));
        if (s.failed())
            return;
    }
}

ModuleLicense readModuleLicense(JsonScanner &s) {
    static constexpr FieldNames<15> names{
        "OwnerName",   "ModuleName",   "ModuleDescription", "ModuleTooltip",          "ModuleVersion",
        "LicenseType", "Unrestricted", "AllowedUserType",   "NumberOfLicenses",       "ExtraFlags",
        "ExtraInfo",   "SortOrder",    "IsHidden",          "PrerequisiteModuleName", "Signature"};
    ModuleLicense m;
    // Fields the document never names keep the defaults the document readers give them.
    m.licenseType.value = licenseTypeFromName(m.licenseType.raw);
    m.allowedUserType.value = userTypeFromName(m.allowedUserType.raw);
    readFields(s, names, [&](int field) {
        switch (field) {
        case 0:
            return read(s, m.ownerName, 0);
        case 1:
            return read(s, m.moduleName, 1);
        case 2:
            return read(s, m.moduleDescription, 2);
        case 3:
            return read(s, m.moduleTooltip, 3);
        case 4:
            return read(s, m.moduleVersion, 4);
        case 5:
            return read(s, m.licenseType, &licenseTypeFromName, 5);
        case 6:
            return read(s, m.unrestricted);
        case 7:
            return read(s, m.allowedUserType, &userTypeFromName, 7);
        case 8:
            return read(s, m.numberOfLicenses);
        case 9:
            return read(s, m.extraFlags);
        case 10:
            return read(s, m.extraInfo, 10);
        case 11:
            return read(s, m.sortOrder);
        case 12:
            return read(s, m.isHidden);
        case 13:
            return read(s, m.prerequisiteModuleName, 13);
        case 14:
            return read(s, m.signature, 14);
        }
    });
    return m;
}

LicenseInfo readLicenseInfo(JsonScanner &s) {
    static constexpr FieldNames<17> names{
        "CompanyName",     "SerialNr",         "OwnerName",      "OwnerDescription", "NextCheckDate",
        "MaintenanceDate", "AdminWarningDate", "ExpiryDate",     "GraceDate",        "ExtraFlags",
        "LicenseUrl",      "LicenseVersion",   "DeploymentType", "ProductType",      "ProductDescription",
        "ModuleLicenses",  "Signature"};
    LicenseInfo l;
    readFields(s, names, [&](int field) {
        switch (field) {
        case 0:
            return read(s, l.companyName, 16);
        case 1:
            return read(s, l.serialNr, 17);
        case 2:
            return read(s, l.ownerName, 18);
        case 3:
            return read(s, l.ownerDescription, 19);
        case 4:
            return read(s, l.nextCheckDate);
        case 5:
            return read(s, l.maintenanceDate);
        case 6:
            return read(s, l.adminWarningDate);
        case 7:
            return read(s, l.expiryDate);
        case 8:
            return read(s, l.graceDate);
        case 9:
            return read(s, l.extraFlags);
        case 10:
            return read(s, l.licenseUrl, 26);
        case 11:
            return read(s, l.licenseVersion, 27);
        case 12:
            return read(s, l.deploymentType);
        case 13:
            return read(s, l.productType, 29);
        case 14:
            return read(s, l.productDescription, 30);
        case 15:
            return readArray(s, l.moduleLicenses, readModuleLicense);
        case 16:
            return read(s, l.signature, 32);
        }
    });
    return l;
}

ExtendedModuleLicense readExtendedModuleLicense(JsonScanner &s) {
    static constexpr FieldNames<8> names{"New",
                                         "Current",
                                         "NumberOfLicensesInUse",
                                         "NumberOfLicensesFree",
                                         "NumberOfLicensesAdded",
                                         "NumberOfLicensesNewTotal",
                                         "NumberOfLicensesNewFree",
                                         "NumberOfLicensesTotal"};
    ExtendedModuleLicense m;
    readFields(s, names, [&](int field) {
        switch (field) {
        case 0:
            return readObject(s, m.newLicense, readModuleLicense);
        case 1:
            return readObject(s, m.current, readModuleLicense);
        case 2:
            return read(s, m.numberOfLicensesInUse);
        case 3:
            return read(s, m.numberOfLicensesFree);
        case 4:
            return read(s, m.numberOfLicensesAdded);
        case 5:
            return read(s, m.numberOfLicensesNewTotal);
        case 6:
            return read(s, m.numberOfLicensesNewFree);
        case 7:
            return read(s, m.numberOfLicensesTotal);
        }
    });
    return m;
}

ExtendedLicenseInfo readExtendedLicenseInfo(JsonScanner &s) {
    static constexpr FieldNames<6> names{"Reason",  "CanBeActivated",         "New",
                                         "Current", "ExtendedModuleLicenses", "AccumulatedNextCheckDate"};
    ExtendedLicenseInfo e;
    readFields(s, names, [&](int field) {
        switch (field) {
        case 0:
            return read(s, e.reason);
        case 1:
            return read(s, e.canBeActivated);
        case 2:
            return readObject(s, e.newLicense, readLicenseInfo);
        case 3:
            return readObject(s, e.current, readLicenseInfo);
        case 4:
            return readArray(s, e.extendedModuleLicenses, readExtendedModuleLicense);
        case 5:
            return read(s, e.accumulatedNextCheckDate);
        }
    });
    return e;
}

} // namespace scan

/// Parses the document itself; returns false with the error set when it is not JSON at all.
bool readDocument(const QByteArray &json, QJsonDocument &document, ParseError &error) {
    if (json.trimmed().isEmpty()) {
        error.message = JsonReader::tr("the response is empty");
        return false;
    }
    QJsonParseError jsonError;
    document = QJsonDocument::fromJson(json, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        error.message = JsonReader::tr("malformed JSON at byte %1: %2")
                            .arg(jsonError.offset)
                            .arg(jsonError.errorString());
        return false;
    }
    return true;
}

template <typename Fn>
auto parseObject(const QByteArray &json, Fn read) -> Parsed<decltype(read(std::declval<JsonReader &>()))> {
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

namespace ParserPaths {

std::optional<ExtendedLicenseInfo> scanExtendedLicenseInfo(QByteArrayView json) {
    JsonScanner s(json);
    if (s.peek() != JsonScanner::Type::Object)
        return std::nullopt;
    ExtendedLicenseInfo license = scan::readExtendedLicenseInfo(s);
    if (!s.atEnd())
        return std::nullopt;
    return license;
}

std::optional<QList<ExtendedLicenseInfo>> scanExtendedLicenseInfoList(QByteArrayView json) {
    JsonScanner s(json);
    if (s.peek() != JsonScanner::Type::Array)
        return std::nullopt;
    QList<ExtendedLicenseInfo> owners;
    scan::readArray(s, owners, scan::readExtendedLicenseInfo);
    if (!s.atEnd())
        return std::nullopt;
    return owners;
}

Parsed<ExtendedLicenseInfo> documentExtendedLicenseInfo(const QByteArray &json) {
    auto result = parseObject(json, readExtendedLicenseInfo);
    if (result.value)
        result.value->rawJson = json;
    return result;
}

Parsed<QList<ExtendedLicenseInfo>> documentExtendedLicenseInfoList(const QByteArray &json) {
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

} // namespace ParserPaths

Parsed<ExtendedLicenseInfo> parseExtendedLicenseInfo(const QByteArray &json) {
    // One pass over the bytes when the body is ordinary; the document readers word any error.
    if (auto license = ParserPaths::scanExtendedLicenseInfo(json)) {
        Parsed<ExtendedLicenseInfo> result;
        result.value = std::move(license);
        result.value->rawJson = json;
        return result;
    }
    return ParserPaths::documentExtendedLicenseInfo(json);
}

Parsed<QList<ExtendedLicenseInfo>> parseExtendedLicenseInfoList(const QByteArray &json) {
    if (auto owners = ParserPaths::scanExtendedLicenseInfoList(json)) {
        Parsed<QList<ExtendedLicenseInfo>> result;
        result.value = std::move(owners);
        return result;
    }
    return ParserPaths::documentExtendedLicenseInfoList(json);
}

Parsed<ModuleLicense> parseModuleLicense(const QByteArray &json) {
    return parseObject(json, readModuleLicense);
}

Parsed<LicenseResult> parseLicenseResult(const QByteArray &json) {
    return parseObject(json, readLicenseResult);
}

Parsed<CheckLicenseStatusResult> parseCheckLicenseStatusResult(const QByteArray &json) {
    return parseObject(json, readCheckLicenseStatusResult);
}

Parsed<QString> parseJsonString(const QByteArray &json) {
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

std::optional<WebApiError> parseWebApiError(const QByteArray &body) {
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

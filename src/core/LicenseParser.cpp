// Readers for the license carriers (API reference, section 7): one list of fields per carrier, read
// by two readers. The single pass over the bytes reads ordinary bodies; whatever it is unsure about
// (a type error, a repeated field, ...) makes it give up, and the QJsonDocument reader, which words
// every error with its field path, reads the body again.
#include "LicenseParser.h"

#include "JsonScanner.h"

#include <QJsonDocument>

namespace LicenseDesk {
namespace {

using namespace Qt::StringLiterals;

// --- the fields ------------------------------------------------------------------------------------
// fields(value, visit) calls visit(jsonName, member) for every field; the member's type says how
// it is read (nested carriers are std::optional<T> objects and QList<T> arrays).

template <typename Visit> void fields(ModuleLicense &m, Visit &&visit) {
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

template <typename Visit> void fields(LicenseInfo &l, Visit &&visit) {
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
    visit("Signature"_L1, l.signature);
}

template <typename Visit> void fields(ExtendedModuleLicense &m, Visit &&visit) {
    visit("New"_L1, m.newLicense);
    visit("Current"_L1, m.current);
    visit("NumberOfLicensesInUse"_L1, m.numberOfLicensesInUse);
    visit("NumberOfLicensesFree"_L1, SeatDifference<SeatCount>{m.numberOfLicensesFree});
    visit("NumberOfLicensesAdded"_L1, SeatDifference<SeatCount>{m.numberOfLicensesAdded});
    visit("NumberOfLicensesNewTotal"_L1, m.numberOfLicensesNewTotal);
    visit("NumberOfLicensesNewFree"_L1, SeatDifference<SeatCount>{m.numberOfLicensesNewFree});
    visit("NumberOfLicensesTotal"_L1, m.numberOfLicensesTotal);
}

template <typename Visit> void fields(ExtendedLicenseInfo &e, Visit &&visit) {
    visit("Reason"_L1, e.reason);
    visit("CanBeActivated"_L1, e.canBeActivated);
    visit("New"_L1, e.newLicense);
    visit("Current"_L1, e.current);
    visit("ExtendedModuleLicenses"_L1, e.extendedModuleLicenses);
    visit("AccumulatedNextCheckDate"_L1, e.accumulatedNextCheckDate);
}

template <typename Visit> void fields(LicenseResult &r, Visit &&visit) {
    visit("Succeeded"_L1, r.succeeded);
    visit("Reason"_L1, r.reason);
}

template <typename Visit> void fields(CheckLicenseStatusResult &r, Visit &&visit) {
    visit("LicenseStatus"_L1, r.licenseStatus);
    visit("Message"_L1, r.message);
    visit("Url"_L1, r.url);
}

void resolveName(EnumValue<LicenseType> &e) {
    e.value = licenseTypeFromName(e.raw);
}
void resolveName(EnumValue<UserType> &e) {
    e.value = userTypeFromName(e.raw);
}
void resolveName(EnumValue<LicenseStatus> &e) {
    e.value = licenseStatusFromName(e.raw);
}

// --- the QJsonDocument reader ----------------------------------------------------------------------

template <typename T> T readDocumentObject(const JsonReader &r);

/// Reads one field of a JSON object through JsonReader, which records the first error and its path.
class DocumentField final {
public:
    explicit DocumentField(const JsonReader &reader)
        : m_reader(reader) {}

    void operator()(QLatin1StringView key, QString &out) const { out = m_reader.string(key); }
    void operator()(QLatin1StringView key, bool &out) const { out = m_reader.boolean(key); }
    void operator()(QLatin1StringView key, int &out) const { out = m_reader.integer(key); }
    void operator()(QLatin1StringView key, SeatCount &out) const { out = m_reader.count(key); }
    void operator()(QLatin1StringView key, SeatDifference<SeatCount> out) const {
        out.seats = m_reader.countDifference(key);
    }
    void operator()(QLatin1StringView key, LicenseDate &out) const { out = m_reader.date(key); }
    template <typename E> void operator()(QLatin1StringView key, EnumValue<E> &out) const {
        out.raw = m_reader.string(key);
        resolveName(out);
    }
    template <typename T> void operator()(QLatin1StringView key, std::optional<T> &out) const {
        out = m_reader.object(key, readDocumentObject<T>);
    }
    template <typename T> void operator()(QLatin1StringView key, QList<T> &out) const {
        out = m_reader.array(key, readDocumentObject<T>);
    }

private:
    const JsonReader &m_reader;
};

template <typename T> T readDocumentObject(const JsonReader &r) {
    T value;
    fields(value, DocumentField(r));
    return value;
}

// --- the single pass over the bytes ----------------------------------------------------------------

// Each carrier's string fields get recent-string slots of their own (firstSlot<T> + field index),
// so that a value repeated row after row (owner name, version, type) shares one QString.
template <typename T> constexpr int firstSlot = 0;
template <> constexpr int firstSlot<LicenseInfo> = 16;
template <> constexpr int firstSlot<ExtendedModuleLicense> = 33;
template <> constexpr int firstSlot<ExtendedLicenseInfo> = 41;
static_assert(firstSlot<ExtendedLicenseInfo> + 6 <= JsonScanner::recentSlots);

template <typename T> T readScannedObject(JsonScanner &s);

void scanValue(JsonScanner &s, QString &out, int slot) {
    if (s.peek() == JsonScanner::Type::Null)
        s.readNull();
    else
        s.readString(out, slot);
}

void scanValue(JsonScanner &s, bool &out, int) {
    if (s.peek() == JsonScanner::Type::Null)
        s.readNull();
    else
        s.readBool(out);
}

void scanValue(JsonScanner &s, int &out, int) {
    if (s.peek() == JsonScanner::Type::Null)
        s.readNull();
    else
        s.readInt(out);
}

void scanValue(JsonScanner &s, SeatCount &out, int) {
    int number = 0;
    scanValue(s, number, 0);
    if (number < 0 || number > maxSeatCount)
        s.fail(); // the document reader names the field
    out = number;
}

void scanValue(JsonScanner &s, SeatDifference<SeatCount> &out, int) {
    int number = 0;
    scanValue(s, number, 0);
    if (number < -maxSeatCount || number > maxSeatCount)
        s.fail(); // the document reader names the field
    out.seats = number;
}

void scanValue(JsonScanner &s, LicenseDate &out, int) {
    if (s.peek() == JsonScanner::Type::Null) {
        s.readNull();
        return;
    }
    QString text;
    if (s.readString(text) && !parseLicenseDate(text, out))
        s.fail();
}

template <typename E> void scanValue(JsonScanner &s, EnumValue<E> &out, int slot) {
    scanValue(s, out.raw, slot);
    resolveName(out);
}

template <typename T> void scanValue(JsonScanner &s, std::optional<T> &out, int) {
    switch (s.peek()) {
    case JsonScanner::Type::Null:
        s.readNull();
        break;
    case JsonScanner::Type::Object:
        out = readScannedObject<T>(s);
        break;
    default:
        s.fail();
    }
}

template <typename T> void scanValue(JsonScanner &s, QList<T> &out, int) {
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
        out.append(readScannedObject<T>(s));
        if (s.failed())
            return;
    }
}

/// Given one member's key, reads its value into the field of that name (visited by fields()).
class ScannedMember final {
public:
    ScannedMember(JsonScanner &scanner, QByteArrayView key, quint32 &seen, int firstSlot)
        : m_scanner(scanner)
        , m_key(key)
        , m_seen(seen)
        , m_firstSlot(firstSlot) {}

    template <typename M> void operator()(QLatin1StringView name, M &&member) {
        const int index = m_index++;
        if (m_found || m_key != QByteArrayView(name.data(), name.size()))
            return;
        m_found = true;
        Q_ASSERT(index < 32);
        const quint32 bit = 1u << index;
        if (m_seen & bit) {
            m_scanner.fail(); // a repeated field: QJsonDocument keeps the last one, so let it decide
            return;
        }
        m_seen |= bit;
        scanValue(m_scanner, member, m_firstSlot + index);
    }
    bool found() const { return m_found; }

private:
    JsonScanner &m_scanner;
    QByteArrayView m_key;
    quint32 &m_seen; ///< one bit per field index: the fields this object has named so far
    int m_firstSlot;
    int m_index = 0;
    bool m_found = false;
};

template <typename T> T readScannedObject(JsonScanner &s) {
    T value;
    quint32 seen = 0;
    bool first = true;
    QByteArrayView key;
    if (!s.beginObject())
        return value;
    while (s.nextMember(first, key)) {
        ScannedMember member(s, key, seen, firstSlot<T>);
        fields(value, member);
        if (!member.found())
            s.skipValue();
        if (s.failed())
            break;
    }
    return value;
}

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
    ExtendedLicenseInfo license = readScannedObject<ExtendedLicenseInfo>(s);
    if (!s.atEnd())
        return std::nullopt;
    return license;
}

std::optional<QList<ExtendedLicenseInfo>> scanExtendedLicenseInfoList(QByteArrayView json) {
    JsonScanner s(json);
    if (s.peek() != JsonScanner::Type::Array)
        return std::nullopt;
    QList<ExtendedLicenseInfo> owners;
    scanValue(s, owners, 0);
    if (!s.atEnd())
        return std::nullopt;
    return owners;
}

Parsed<ExtendedLicenseInfo> documentExtendedLicenseInfo(const QByteArray &json) {
    auto result = parseObject(json, readDocumentObject<ExtendedLicenseInfo>);
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
    QList<ExtendedLicenseInfo> owners = reader.array("items"_L1, readDocumentObject<ExtendedLicenseInfo>);
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
    return parseObject(json, readDocumentObject<ModuleLicense>);
}

Parsed<LicenseResult> parseLicenseResult(const QByteArray &json) {
    return parseObject(json, readDocumentObject<LicenseResult>);
}

Parsed<CheckLicenseStatusResult> parseCheckLicenseStatusResult(const QByteArray &json) {
    return parseObject(json, readDocumentObject<CheckLicenseStatusResult>);
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

// Walks a simdjson document once, straight into the value types; messages and paths only on error.
#include "JsonReader.h"

#include "LicenseFields.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <array>
#include <cmath>
#include <limits>
#include <simdjson.h>
#include <string_view>
#include <vector>

namespace LicenseDesk {

QString ParseError::toString() const {
    return path.isEmpty() ? message : path + QLatin1StringView(": ") + message;
}

bool parseLicenseDate(QStringView text, LicenseDate &date) {
    // QDateTime::fromString(Qt::ISODate) rejects the 7-digit fractions .NET sends, so match by hand.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return false;
    const int year = match.capturedView(1).toInt();
    const QDate day(year, match.capturedView(2).toInt(), match.capturedView(3).toInt());
    if (!day.isValid())
        return false;
    if (year <= 1) {
        date.reset(); // .NET's DateTime.MinValue: "0 = forever"
        return true;
    }
    const QString fraction = match.captured(7).leftJustified(3, u'0').left(3);
    const QTime time(match.capturedView(4).toInt(), match.capturedView(5).toInt(),
                     match.capturedView(6).toInt(), fraction.toInt());
    if (!time.isValid())
        return false;
    const QStringView zone = match.capturedView(8);
    if (zone.isEmpty()) {
        date = QDateTime(day, time); // local time: the docs call these "no timezone"
    } else if (zone == u"Z") {
        date = QDateTime(day, time, QTimeZone::utc());
    } else {
        const int sign = zone.front() == u'-' ? -1 : 1;
        const QStringView digits = zone.mid(1);
        const int hours = digits.left(2).toInt();
        const int minutes = digits.right(2).toInt();
        date = QDateTime(day, time, QTimeZone(sign * (hours * 3600 + minutes * 60)));
    }
    return true;
}

namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

void resolveName(EnumValue<LicenseType> &e) {
    e.value = licenseTypeFromName(e.raw);
}
void resolveName(EnumValue<UserType> &e) {
    e.value = userTypeFromName(e.raw);
}
void resolveName(EnumValue<LicenseStatus> &e) {
    e.value = licenseStatusFromName(e.raw);
}

/// T's JSON names in list order, collected once.
template <typename T> const std::vector<std::string_view> &fieldNames() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> list;
        T value{};
        fields(value, [&](QLatin1StringView name, auto &&) { list.emplace_back(name.data(), name.size()); });
        return list;
    }();
    return names;
}

// Each carrier's fields get string slots of their own (firstSlot<T> + field index), so that a value
// repeated row after row (owner name, version, type) shares one QString instead of a new one.
template <typename T> constexpr int firstSlot = 0;
template <> constexpr int firstSlot<LicenseInfo> = 16;
template <> constexpr int firstSlot<ExtendedModuleLicense> = 34;
template <> constexpr int firstSlot<ExtendedLicenseInfo> = 42;
template <> constexpr int firstSlot<LicenseResult> = 48;
template <> constexpr int firstSlot<CheckLicenseStatusResult> = 50;
template <> constexpr int firstSlot<WebApiError> = 53;
constexpr int stringSlots = 56;

class DomReader final {
public:
    explicit DomReader(ParseError &error)
        : m_error(error) {
        m_path.reserve(16);
    }

    bool failed() const { return !m_error.isNull(); }

    /// Fails with message at the current path (the first failure wins).
    void fail(const QString &message) {
        if (failed())
            return;
        QString path;
        for (const Step &step : m_path) {
            if (step.index >= 0)
                path += u'[' + QString::number(step.index) + u']';
            else
                path += (path.isEmpty() ? QString() : QStringLiteral(".")) +
                        QString::fromUtf8(step.key.data(), qsizetype(step.key.size()));
        }
        m_error.path = path;
        m_error.message = message;
    }

    void read(element e, QString &out, int slot) {
        out = QString();
        std::string_view text;
        if (e.is_null())
            return;
        if (e.get_string().get(text)) {
            fail(JsonReader::tr("expected a string"));
            return;
        }
        Recent &recent = m_recent[size_t(slot)];
        if (!recent.text.isNull() && recent.raw == text) {
            out = recent.text;
            return;
        }
        out = QString::fromUtf8(text.data(), qsizetype(text.size()));
        recent = {text, out};
    }

    void read(element e, bool &out, int) {
        out = false;
        if (!e.is_null() && e.get_bool().get(out))
            fail(JsonReader::tr("expected true or false"));
    }

    void read(element e, int &out, int) {
        out = int(wholeNumber(e, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    }

    void read(element e, SeatCount &out, int) { out = wholeNumber(e, 0, maxSeatCount); }
    void read(element e, SeatDifference<SeatCount> out, int) {
        out.seats = wholeNumber(e, -maxSeatCount, maxSeatCount);
    }
    void read(element e, std::optional<SeatCount> &out, int) {
        out.reset();
        if (!e.is_null())
            out = wholeNumber(e, 0, maxSeatCount);
    }
    void read(element e, SeatDifference<std::optional<SeatCount>> out, int) {
        out.seats.reset();
        if (!e.is_null())
            out.seats = wholeNumber(e, -maxSeatCount, maxSeatCount);
    }

    void read(element e, LicenseDate &out, int) {
        out.reset();
        if (e.is_null())
            return;
        std::string_view text;
        if (e.get_string().get(text) ||
            !parseLicenseDate(QString::fromUtf8(text.data(), qsizetype(text.size())), out)) {
            out.reset();
            fail(JsonReader::tr("expected a date such as 2027-03-27T00:00:00"));
        }
    }

    template <typename E> void read(element e, EnumValue<E> &out, int slot) {
        read(e, out.raw, slot);
        resolveName(out);
    }

    void read(element, UnmodelledField &, int) {}

    template <typename T> void read(element e, std::optional<T> &out, int) {
        out.reset();
        if (e.is_null())
            return;
        T value;
        if (readObject(e, value))
            out = std::move(value);
    }

    template <typename T> void read(element e, QList<T> &out, int) {
        out.clear();
        if (e.is_null())
            return;
        simdjson::dom::array array;
        if (e.get_array().get(array)) {
            fail(JsonReader::tr("expected an array"));
            return;
        }
        out.reserve(qsizetype(array.size()));
        qsizetype index = 0;
        for (element item : array) {
            m_path.push_back({{}, index++});
            T value;
            const bool ok = readObject(item, value);
            m_path.pop_back();
            if (!ok)
                return;
            out.append(std::move(value));
        }
    }

    /// Reads an object's members into value's fields, each member once, in the body's order.
    template <typename T> bool readObject(element e, T &value) {
        simdjson::dom::object object;
        if (e.get_object().get(object)) {
            fail(JsonReader::tr("expected an object"));
            return false;
        }
        const std::vector<std::string_view> &names = fieldNames<T>();
        size_t hint = 0;
        bool known = false;
        for (const simdjson::dom::key_value_pair member : object) {
            const int index = find(names, member.key, hint);
            if (index < 0)
                continue; // members we do not model are skipped
            known = true;
            hint = size_t(index) + 1;
            m_path.push_back({member.key, -1});
            int at = 0;
            fields(value, [&](QLatin1StringView, auto &&field) {
                if (at++ == index)
                    read(member.value, field, firstSlot<T> + index);
            });
            m_path.pop_back();
            if (failed())
                return false;
        }
        if (!known) {
            // {} or camelCase keys: not this carrier at all, rather than one with every field empty.
            fail(JsonReader::tr("none of the expected fields, such as %1")
                     .arg(QString::fromUtf8(names.front().data(), qsizetype(names.front().size()))));
            return false;
        }
        return true;
    }

private:
    struct Step {
        std::string_view key;
        qsizetype index = -1; ///< >= 0: an array element
    };
    struct Recent {
        std::string_view raw;
        QString text;
    };

    /// Members usually come in list order, so the search starts after the previous match.
    static int find(const std::vector<std::string_view> &names, std::string_view key, size_t hint) {
        for (size_t i = 0; i < names.size(); ++i) {
            const size_t at = (hint + i) % names.size();
            if (names[at] == key)
                return int(at);
        }
        return -1;
    }

    qint64 wholeNumber(element e, qint64 min, qint64 max) {
        switch (e.type()) {
        case element_type::NULL_VALUE:
            return 0;
        case element_type::INT64: {
            const int64_t number = int64_t(e);
            if (number >= min && number <= max)
                return number;
            break;
        }
        case element_type::UINT64:
            break; // above every range we accept
        case element_type::DOUBLE: {
            const double number = double(e);
            if (std::trunc(number) == number && number >= double(min) && number <= double(max))
                return qint64(number);
            break;
        }
        default:
            fail(JsonReader::tr("expected a number"));
            return 0;
        }
        fail(JsonReader::tr("expected a whole number between %1 and %2").arg(min).arg(max));
        return 0;
    }

    ParseError &m_error;
    std::vector<Step> m_path;
    std::array<Recent, stringSlots> m_recent;
};

/// The message for bytes that are not JSON: QJsonDocument's wording, which says where.
QString malformedMessage(QByteArrayView json, simdjson::error_code code) {
    QJsonParseError jsonError;
    (void)QJsonDocument::fromJson(json.toByteArray(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError)
        return JsonReader::tr("malformed JSON at byte %1: %2").arg(jsonError.offset).arg(jsonError.errorString());
    return JsonReader::tr("malformed JSON: %1").arg(QString::fromUtf8(simdjson::error_message(code)));
}

template <typename T> void readRoot(DomReader &reader, element root, T &value, ParseError &error) {
    if (root.is_null()) {
        reader.fail(JsonReader::tr("the server answered null: nothing was found"));
        error.nullBody = true;
    } else if (!root.is_object())
        reader.fail(JsonReader::tr("expected a JSON object"));
    else
        reader.readObject(root, value);
}

void readRoot(DomReader &reader, element root, QList<ExtendedLicenseInfo> &value, ParseError &) {
    if (!root.is_array())
        reader.fail(JsonReader::tr("expected a JSON array"));
    else
        reader.read(root, value, 0);
}

void readRoot(DomReader &reader, element root, QString &value, ParseError &) {
    if (!root.is_string())
        reader.fail(JsonReader::tr("expected a JSON string"));
    else
        reader.read(root, value, 0);
}

} // namespace

template <typename T> Parsed<T> JsonReader::read(QByteArrayView json) {
    Parsed<T> result;
    if (json.trimmed().isEmpty()) {
        result.error.message = tr("the response is empty");
        return result;
    }
    simdjson::dom::parser parser;
    element root;
    if (const auto code = parser.parse(json.data(), size_t(json.size())).get(root)) {
        result.error.message = malformedMessage(json, code);
        return result;
    }
    DomReader reader(result.error);
    T value{};
    readRoot(reader, root, value, result.error);
    if (!reader.failed())
        result.value = std::move(value);
    return result;
}

template Parsed<ExtendedLicenseInfo> JsonReader::read(QByteArrayView);
template Parsed<QList<ExtendedLicenseInfo>> JsonReader::read(QByteArrayView);
template Parsed<ModuleLicense> JsonReader::read(QByteArrayView);
template Parsed<LicenseResult> JsonReader::read(QByteArrayView);
template Parsed<CheckLicenseStatusResult> JsonReader::read(QByteArrayView);
template Parsed<WebApiError> JsonReader::read(QByteArrayView);
template Parsed<QString> JsonReader::read(QByteArrayView);

} // namespace LicenseDesk

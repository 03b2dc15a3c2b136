// Reads typed fields from a JSON object and records the first type error with its field path.
#pragma once

#include "LicenseData.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace LicenseDesk {

/// Where and why a response could not be read, e.g. "ExtendedModuleLicenses[3].NumberOfLicensesInUse".
struct ParseError {
    QString path;
    QString message;

    bool isNull() const { return message.isEmpty(); }
    /// "path: message", or just the message for errors about the whole document.
    QString toString() const;
};

/// A parsed value, or the error that stopped parsing.
template <typename T> struct Parsed {
    std::optional<T> value;
    ParseError error;

    bool ok() const { return value.has_value(); }
};

/// Parses the ISO-8601 dates the WebAPI sends (with or without offset, any fraction length).
/// Returns false for text that is not such a date; sets date to nullopt for the "never" value.
bool parseLicenseDate(QStringView text, LicenseDate &date);

/// Missing and null fields read as defaults (tolerant where the server is loose); a field of the
/// wrong type is an error (strict where it matters). After the first error every read is a no-op.
class JsonReader final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::JsonReader)

public:
    JsonReader(const QJsonObject &object, QString path, ParseError &error);

    QString string(QLatin1StringView key) const;
    bool boolean(QLatin1StringView key) const;
    int integer(QLatin1StringView key) const;
    /// A seat count: a whole number from 0 to maxSeatCount; anything else is an error.
    SeatCount count(QLatin1StringView key) const;
    /// A difference of seat counts: a whole number from -maxSeatCount to maxSeatCount.
    SeatCount countDifference(QLatin1StringView key) const;
    LicenseDate date(QLatin1StringView key) const;

    /// A nested object parsed by parse(JsonReader &); nullopt when missing or null.
    template <typename Fn>
    auto object(QLatin1StringView key, Fn parse) const
        -> std::optional<decltype(parse(std::declval<JsonReader &>()))> {
        const QJsonValue value = field(key);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isObject()) {
            fail(childPath(key), tr("expected an object"));
            return std::nullopt;
        }
        JsonReader child(value.toObject(), childPath(key), m_error);
        auto parsed = parse(child);
        if (failed())
            return std::nullopt;
        return parsed;
    }

    /// An array of objects, each parsed by parse(JsonReader &); empty when missing or null.
    template <typename Fn>
    auto array(QLatin1StringView key, Fn parse) const
        -> QList<decltype(parse(std::declval<JsonReader &>()))> {
        QList<decltype(parse(std::declval<JsonReader &>()))> result;
        const QJsonValue value = field(key);
        if (value.isUndefined() || value.isNull())
            return result;
        if (!value.isArray()) {
            fail(childPath(key), tr("expected an array"));
            return result;
        }
        const QJsonArray items = value.toArray();
        result.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            const QString itemPath = childPath(key) + u'[' + QString::number(i) + u']';
            if (!items.at(i).isObject()) {
                fail(itemPath, tr("expected an object"));
                break;
            }
            JsonReader child(items.at(i).toObject(), itemPath, m_error);
            result.append(parse(child));
        }
        return result;
    }

    bool failed() const { return !m_error.isNull(); }

private:
    QJsonValue field(QLatin1StringView key) const;
    QString childPath(QLatin1StringView key) const;
    void fail(const QString &path, const QString &message) const;
    qint64 wholeNumber(QLatin1StringView key, qint64 min, qint64 max) const;

    QJsonObject m_object;
    QString m_path;
    ParseError &m_error;
};

} // namespace LicenseDesk

// Typed, path-aware reads of WebAPI JSON objects.
#include "JsonReader.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <cmath>
#include <limits>

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

JsonReader::JsonReader(const QJsonObject &object, QString path, ParseError &error)
    : m_object(object)
    , m_path(std::move(path))
    , m_error(error) {}

QJsonValue JsonReader::field(QLatin1StringView key) const {
    if (failed())
        return QJsonValue(QJsonValue::Undefined);
    return m_object.value(key);
}

QString JsonReader::childPath(QLatin1StringView key) const {
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

void JsonReader::fail(const QString &path, const QString &message) const {
    if (failed())
        return;
    m_error.path = path;
    m_error.message = message;
}

QString JsonReader::string(QLatin1StringView key) const {
    const QJsonValue value = field(key);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() && !value.isNull())
        fail(childPath(key), tr("expected a string"));
    return {};
}

bool JsonReader::boolean(QLatin1StringView key) const {
    const QJsonValue value = field(key);
    if (value.isBool())
        return value.toBool();
    if (!value.isUndefined() && !value.isNull())
        fail(childPath(key), tr("expected true or false"));
    return false;
}

qint64 JsonReader::wholeNumber(QLatin1StringView key, qint64 min, qint64 max) const {
    const QJsonValue value = field(key);
    if (value.isUndefined() || value.isNull())
        return 0;
    if (!value.isDouble()) {
        fail(childPath(key), tr("expected a number"));
        return 0;
    }
    const double number = value.toDouble();
    if (std::trunc(number) != number || number < double(min) || number > double(max)) {
        fail(childPath(key), tr("expected a whole number between %1 and %2").arg(min).arg(max));
        return 0;
    }
    return qint64(number);
}

int JsonReader::integer(QLatin1StringView key) const {
    return int(wholeNumber(key, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

SeatCount JsonReader::count(QLatin1StringView key) const {
    return wholeNumber(key, 0, maxSeatCount);
}

SeatCount JsonReader::countDifference(QLatin1StringView key) const {
    return wholeNumber(key, -maxSeatCount, maxSeatCount);
}

LicenseDate JsonReader::date(QLatin1StringView key) const {
    const QJsonValue value = field(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    LicenseDate result;
    if (!value.isString() || !parseLicenseDate(value.toString(), result)) {
        fail(childPath(key), tr("expected a date such as 2027-03-27T00:00:00"));
        return std::nullopt;
    }
    return result;
}

} // namespace LicenseDesk

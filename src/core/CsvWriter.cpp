// Writes CSV exactly as RFC 4180 describes it, so spreadsheets and scripts read it alike.
#include "CsvWriter.h"

#include <QJsonArray>
#include <QJsonValue>

namespace LicenseDesk {

namespace {

QString plainText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return CsvWriter::neutralised(value.toString());
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            parts.append(plainText(item));
        return parts.join(u';');
    }
    case QJsonValue::Null:
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

} // namespace

QString CsvWriter::field(const QString &text) {
    const bool needsQuotes =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CsvWriter::neutralised(const QString &text) {
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        return u'\'' + text; // never let a spreadsheet run server text as a formula
    return text;
}

QString CsvWriter::record(const QStringList &fields) {
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(field(f));
    return quoted.join(u',') + QStringLiteral("\r\n");
}

QString CsvWriter::table(const QStringList &keys, const QList<QJsonObject> &rows) {
    QString out = record(keys);
    for (const QJsonObject &row : rows) {
        QStringList fields;
        fields.reserve(keys.size());
        for (const QString &key : keys)
            fields.append(plainText(row.value(key)));
        out += record(fields);
    }
    return out;
}

} // namespace LicenseDesk

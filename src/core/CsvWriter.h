// RFC 4180 CSV: a header row of stable keys, then one row per JSON object.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace LicenseDesk {

class CsvWriter final {
public:
    /// One field, quoted when it holds a comma, a quote, CR or LF (quotes doubled).
    static QString field(const QString &text);
    /// Text a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
    /// apostrophe; every text cell goes through this, numbers do not.
    static QString neutralised(const QString &text);
    /// One record: fields joined by commas, ended by CRLF.
    static QString record(const QStringList &fields);
    /// The header record of keys, then one record per row: null is empty, booleans are true/false,
    /// arrays are joined with ";"; text is neutralised().
    static QString table(const QStringList &keys, const QList<QJsonObject> &rows);
};

} // namespace LicenseDesk

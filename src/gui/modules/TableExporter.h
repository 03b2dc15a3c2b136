// Turns the rows a table view shows into clipboard text, CSV or JSON.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QAbstractItemModel;

namespace LicenseDesk {

/// Reads cells through the model's ExportRole (raw values; header: a stable key) when it has one,
/// else DisplayRole, so exports work on the proxy exactly as filtered and sorted.
namespace TableExporter {
/// Tab-separated display text with a header line, for pasting into spreadsheets.
QString toTabSeparated(const QAbstractItemModel &model, int exportRole);
/// RFC 4180 CSV (UTF-8, CRLF) with raw numbers; text that a spreadsheet would run as a formula is quoted
/// safe.
QByteArray toCsv(const QAbstractItemModel &model, int exportRole);
/// {"owner": ..., "fetchedAt": ..., "modules": [{key: raw value, ...}]}.
QByteArray toJson(const QAbstractItemModel &model, int exportRole, const QString &owner,
                  const QDateTime &fetchedAt);
} // namespace TableExporter

} // namespace LicenseDesk

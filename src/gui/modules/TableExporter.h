// Turns the rows a table view shows into clipboard text, CSV or JSON.
#pragma once

#include "LicenseFacts.h"

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
/// The shown modules of owner as the CLI's `show --format csv` writes them (JsonReport keys, CsvWriter).
QByteArray toCsv(const ExtendedLicenseInfo &owner, const QList<ModuleFacts> &modules, QDate today);
/// The CLI's `show --format json` object (owner, its dates, the shown modules) plus fetchedAt.
QByteArray toJson(const ExtendedLicenseInfo &owner, const QList<ModuleFacts> &modules, QDate today,
                  const QDateTime &fetchedAt);
} // namespace TableExporter

} // namespace LicenseDesk

// Export of table rows: clipboard TSV, CSV and JSON.
#include "TableExporter.h"

#include "CsvWriter.h"
#include "JsonReport.h"

#include <QAbstractItemModel>
#include <QJsonDocument>
#include <QJsonObject>

namespace LicenseDesk::TableExporter {

QString toTabSeparated(const QAbstractItemModel &model, int exportRole) {
    Q_UNUSED(exportRole)
    QStringList lines;
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    lines << header.join(u'\t');
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < model.columnCount(); ++c)
            fields << model.index(r, c).data().toString().replace(u'\t', u' ').replace(u'\n', u' ');
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QByteArray toCsv(const ExtendedLicenseInfo &owner, const QList<ModuleFacts> &modules, QDate today) {
    return CsvWriter::table(JsonReport::moduleKeys(), JsonReport::moduleRows(JsonReport::license(owner, modules, today)))
        .toUtf8();
}

QByteArray toJson(const ExtendedLicenseInfo &owner, const QList<ModuleFacts> &modules, QDate today,
                  const QDateTime &fetchedAt) {
    QJsonObject root = JsonReport::license(owner, modules, today);
    if (fetchedAt.isValid())
        root.insert(QStringLiteral("fetchedAt"), fetchedAt.toUTC().toString(Qt::ISODate));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace LicenseDesk::TableExporter

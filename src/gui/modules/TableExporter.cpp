// Export of table rows: clipboard TSV, CSV and JSON.
#include "TableExporter.h"

#include "CsvWriter.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LicenseDesk::TableExporter {

namespace {

QString headerKey(const QAbstractItemModel &model, int column, int exportRole) {
    const QVariant key = model.headerData(column, Qt::Horizontal, exportRole);
    return key.isValid() ? key.toString() : model.headerData(column, Qt::Horizontal).toString();
}

QVariant cell(const QAbstractItemModel &model, int row, int column, int exportRole) {
    const QModelIndex index = model.index(row, column);
    const QVariant raw = index.data(exportRole);
    return raw.isValid() ? raw : index.data();
}

/// The cell as CSV text: text neutralised against formulas, numbers as they are.
QString csvText(const QVariant &value) {
    if (value.isNull())
        return {};
    return value.typeId() == QMetaType::QString ? CsvWriter::neutralised(value.toString()) : value.toString();
}

} // namespace

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

QByteArray toCsv(const QAbstractItemModel &model, int exportRole) {
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << headerKey(model, c, exportRole);
    QString out = CsvWriter::record(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < model.columnCount(); ++c)
            fields << csvText(cell(model, r, c, exportRole));
        out += CsvWriter::record(fields);
    }
    return out.toUtf8();
}

QByteArray toJson(const QAbstractItemModel &model, int exportRole, const QString &owner,
                  const QDateTime &fetchedAt) {
    QJsonArray rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QJsonObject object;
        for (int c = 0; c < model.columnCount(); ++c)
            object.insert(headerKey(model, c, exportRole),
                          QJsonValue::fromVariant(cell(model, r, c, exportRole)));
        rows.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("owner"), owner);
    if (fetchedAt.isValid())
        root.insert(QStringLiteral("fetchedAt"), fetchedAt.toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("modules"), rows);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace LicenseDesk::TableExporter

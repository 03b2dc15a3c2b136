// One switch per answer over the three formats; the shapes themselves live in JsonReport and TableReport.
#include "ReportWriter.h"

#include "CsvWriter.h"
#include "JsonReport.h"
#include "TableReport.h"

#include <QJsonDocument>

namespace LicenseDesk::Cli {

ReportWriter::ReportWriter(OutputFormat format, int width, QDate today)
    : m_format(format)
    , m_width(width)
    , m_today(today) {}

QString ReportWriter::json(const QJsonValue &value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString ReportWriter::owners(const QList<ExtendedLicenseInfo> &owners) const {
    switch (m_format) {
    case OutputFormat::Table:
        return TableReport(m_width, m_today).owners(owners);
    case OutputFormat::Json:
        return json(JsonReport::owners(owners, m_today));
    case OutputFormat::Csv: {
        QList<QJsonObject> rows;
        const QJsonArray array = JsonReport::owners(owners, m_today);
        for (const QJsonValue &owner : array)
            rows.append(owner.toObject());
        return CsvWriter::table(JsonReport::ownerKeys(), rows);
    }
    }
    return QString();
}

QString ReportWriter::license(const ExtendedLicenseInfo &info) const {
    switch (m_format) {
    case OutputFormat::Table:
        return TableReport(m_width, m_today).license(info);
    case OutputFormat::Json:
        return json(JsonReport::license(info, m_today));
    case OutputFormat::Csv:
        return CsvWriter::table(JsonReport::moduleKeys(), JsonReport::moduleRows(JsonReport::license(info, m_today)));
    }
    return QString();
}

QString ReportWriter::preview(const ExtendedLicenseInfo &info, const ActivationPreview &preview) const {
    switch (m_format) {
    case OutputFormat::Table:
        return TableReport(m_width, m_today).preview(info, preview);
    case OutputFormat::Json:
        return json(JsonReport::preview(info, preview, m_today));
    case OutputFormat::Csv:
        return CsvWriter::table(JsonReport::previewModuleKeys(),
                                JsonReport::moduleRows(JsonReport::preview(info, preview, m_today)));
    }
    return QString();
}

QString ReportWriter::moduleLicense(const ModuleLicense &module) const {
    switch (m_format) {
    case OutputFormat::Table:
        return TableReport(m_width, m_today).moduleLicense(module);
    case OutputFormat::Json:
        return json(JsonReport::moduleLicense(module));
    case OutputFormat::Csv:
        return CsvWriter::table(JsonReport::moduleLicenseKeys(), {JsonReport::moduleLicense(module)});
    }
    return QString();
}

QString ReportWriter::status(const QString &owner, const CheckLicenseStatusResult &status) const {
    switch (m_format) {
    case OutputFormat::Table:
        return TableReport(m_width, m_today).status(owner, status);
    case OutputFormat::Json:
        return json(JsonReport::status(owner, status));
    case OutputFormat::Csv:
        return CsvWriter::table(JsonReport::statusKeys(), {JsonReport::status(owner, status)});
    }
    return QString();
}

} // namespace LicenseDesk::Cli

// Renders a command's answer in the chosen output format (table, JSON or CSV).
#pragma once

#include "CommandLine.h"
#include "LicenseData.h"
#include "LicenseFacts.h"

#include <QDate>
#include <QJsonValue>

namespace LicenseDesk::Cli {

class ReportWriter final {
public:
    /// width: terminal columns for tables (0 = no limit); today: the day expiry is judged on.
    ReportWriter(OutputFormat format, int width, QDate today);

    OutputFormat format() const { return m_format; }
    QDate today() const { return m_today; }

    QString owners(const QList<ExtendedLicenseInfo> &owners) const;
    QString license(const ExtendedLicenseInfo &info) const;
    QString preview(const ExtendedLicenseInfo &info, const ActivationPreview &preview) const;
    QString moduleLicense(const ModuleLicense &module) const;
    QString status(const QString &owner, const CheckLicenseStatusResult &status) const;

    /// Indented JSON text with a final newline.
    static QString json(const QJsonValue &value);

private:
    OutputFormat m_format;
    int m_width;
    QDate m_today;
};

} // namespace LicenseDesk::Cli

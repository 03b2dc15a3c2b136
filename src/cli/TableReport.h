// The human-readable (table) form of every command's answer, translated and fitted to the terminal.
#pragma once

#include "LicenseData.h"
#include "LicenseFacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace LicenseDesk::Cli {

class TableReport final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::Cli::TableReport)
public:
    /// width: terminal columns for the tables (0 = no limit); today: the day expiry is judged on.
    TableReport(int width, QDate today);

    QString owners(const QList<ExtendedLicenseInfo> &owners) const;
    QString license(const ExtendedLicenseInfo &info) const;
    QString preview(const ExtendedLicenseInfo &info, const ActivationPreview &preview) const;
    QString moduleLicense(const ModuleLicense &module) const;
    QString status(const QString &owner, const CheckLicenseStatusResult &status) const;

    /// A translated sentence for a license server status.
    static QString statusText(const EnumValue<LicenseStatus> &status);

private:
    QString licenseHeader(const ExtendedLicenseInfo &info, bool withCandidate) const;
    QString expiryText(const LicenseInfo &license) const;

    int m_width;
    QDate m_today;
};

} // namespace LicenseDesk::Cli

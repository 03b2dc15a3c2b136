// Turns day counts and license dates into words ("in 12 days", "never"), for the window and the CLI alike.
#pragma once

#include "LicenseData.h"

#include <QCoreApplication>
#include <QLocale>
#include <optional>

namespace LicenseDesk {

class Countdown final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::Countdown)

public:
    /// "in 3 days", "today", "2 days ago"; "never" when there is no day count (a permanent license).
    static QString days(std::optional<qint64> days);
    /// The date in the locale's short format, or "never" when absent.
    static QString date(const LicenseDate &date, const QLocale &locale = QLocale());
    /// The date as ISO 8601 ("2027-03-27"), as scripts read it, or "never" when absent.
    static QString isoDate(const LicenseDate &date);
    /// "27/03/2027 (in 123 days)" or "never".
    static QString dateAndCountdown(const LicenseDate &date, QDate today, const QLocale &locale = QLocale());
};

} // namespace LicenseDesk

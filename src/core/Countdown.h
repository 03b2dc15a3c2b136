// Turns day counts and license dates into the words the window shows ("in 12 days", "never").
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
    /// "27/03/2027 (in 123 days)" or "never".
    static QString dateAndCountdown(const LicenseDate &date, QDate today, const QLocale &locale = QLocale());
};

} // namespace LicenseDesk

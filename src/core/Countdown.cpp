// Wording of day counts and dates; the day arithmetic itself lives in core (daysUntil).
#include "Countdown.h"

#include "LicenseFacts.h"

namespace LicenseDesk {

QString Countdown::days(std::optional<qint64> days) {
    if (!days)
        return tr("never");
    if (*days == 0)
        return tr("today");
    if (*days > 0)
        return tr("in %n day(s)", nullptr, int(*days));
    return tr("%n day(s) ago", nullptr, int(-*days));
}

QString Countdown::date(const LicenseDate &date, const QLocale &locale) {
    if (!date)
        return tr("never");
    return locale.toString(date->date(), QLocale::ShortFormat);
}

QString Countdown::isoDate(const LicenseDate &date) {
    return date ? date->date().toString(Qt::ISODate) : tr("never");
}

QString Countdown::dateAndCountdown(const LicenseDate &date, QDate today, const QLocale &locale) {
    if (!date)
        return tr("never");
    //: %1 is a date, %2 a countdown such as "in 12 days"
    return tr("%1 (%2)").arg(Countdown::date(date, locale), days(daysUntil(date, today)));
}

} // namespace LicenseDesk

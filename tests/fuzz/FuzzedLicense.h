// Builds license values straight from fuzzer bytes, past the parser's checks, for the facts and writers.
#pragma once

#include "LicenseData.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <limits>

namespace LicenseDesk::Fuzzing {

inline QString text(FuzzedDataProvider &in) {
    return QString::fromUtf8(in.ConsumeRandomLengthString(40));
}

/// Any count a 32-bit source could hand over, far beyond what the reader accepts.
inline SeatCount count(FuzzedDataProvider &in) {
    return in.ConsumeIntegralInRange<SeatCount>(std::numeric_limits<qint32>::min(),
                                                std::numeric_limits<qint32>::max());
}

inline LicenseDate date(FuzzedDataProvider &in) {
    if (in.ConsumeBool())
        return std::nullopt;
    return QDateTime(QDate(2000, 1, 1).addDays(in.ConsumeIntegralInRange(0, 20000)), QTime(0, 0));
}

inline ModuleLicense module(FuzzedDataProvider &in) {
    ModuleLicense m;
    m.moduleName = text(in);
    m.moduleDescription = text(in);
    m.licenseType.raw = text(in);
    m.unrestricted = in.ConsumeBool();
    m.numberOfLicenses = count(in);
    m.extraFlags = in.ConsumeIntegral<int>();
    m.extraInfo = text(in);
    m.isHidden = in.ConsumeBool();
    return m;
}

inline LicenseInfo licenseInfo(FuzzedDataProvider &in) {
    LicenseInfo l;
    l.ownerName = text(in);
    l.ownerDescription = text(in);
    l.companyName = text(in);
    l.serialNr = text(in);
    l.licenseVersion = text(in);
    l.nextCheckDate = date(in);
    l.maintenanceDate = date(in);
    l.adminWarningDate = date(in);
    l.expiryDate = date(in);
    l.graceDate = date(in);
    return l;
}

/// An owner with up to 16 modules; counts, nulls and dates all chosen by the fuzzer.
inline ExtendedLicenseInfo license(FuzzedDataProvider &in) {
    ExtendedLicenseInfo e;
    e.reason = text(in);
    e.canBeActivated = in.ConsumeBool();
    if (in.ConsumeBool())
        e.current = licenseInfo(in);
    if (in.ConsumeBool())
        e.newLicense = licenseInfo(in);
    e.accumulatedNextCheckDate = date(in);
    const int modules = in.ConsumeIntegralInRange(0, 16);
    for (int i = 0; i < modules && in.remaining_bytes() > 0; ++i) {
        ExtendedModuleLicense m;
        if (in.ConsumeBool())
            m.current = module(in);
        if (in.ConsumeBool())
            m.newLicense = module(in);
        m.numberOfLicensesInUse = count(in);
        m.numberOfLicensesFree = count(in);
        m.numberOfLicensesAdded = count(in);
        m.numberOfLicensesNewTotal = count(in);
        m.numberOfLicensesNewFree = count(in);
        m.numberOfLicensesTotal = count(in);
        e.extendedModuleLicenses.append(m);
    }
    return e;
}

} // namespace LicenseDesk::Fuzzing

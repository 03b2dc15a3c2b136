// The license fixtures in tests/data, parsed by the core library.
#pragma once

#include "LicenseParser.h"
#include "TestData.h"

namespace LicenseDesk::TestFixtures {

inline ExtendedLicenseInfo license(const char *name) {
    auto parsed = parseExtendedLicenseInfo(bytes(name));
    if (!parsed.ok())
        qFatal("fixture %s does not parse: %s", name, qPrintable(parsed.error.toString()));
    return *parsed.value;
}

inline QList<ExtendedLicenseInfo> owners(const char *name) {
    auto parsed = parseExtendedLicenseInfoList(bytes(name));
    if (!parsed.ok())
        qFatal("fixture %s does not parse: %s", name, qPrintable(parsed.error.toString()));
    return *parsed.value;
}

} // namespace LicenseDesk::TestFixtures

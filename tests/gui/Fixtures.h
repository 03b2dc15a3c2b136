// Loads the JSON fixtures in tests/data for the GUI tests.
#pragma once

#include "LicenseParser.h"

#include <QFile>

namespace LicenseDesk::TestFixtures {

inline QByteArray bytes(const char *name) {
    QFile file(QStringLiteral(LICENSEDESK_TEST_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    return file.readAll();
}

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

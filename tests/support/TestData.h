// The files in tests/data, for the tests of every library (nothing here needs the core library).
#pragma once

#include <QAnyStringView>
#include <QFile>

namespace LicenseDesk::TestFixtures {

/// The bytes of tests/data/NAME; a missing file stops the run (it is part of the repository).
inline QByteArray bytes(QAnyStringView name) {
    QFile file(QStringLiteral(LICENSEDESK_TEST_DATA "/") + name.toString());
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name.toString()));
    return file.readAll();
}

} // namespace LicenseDesk::TestFixtures

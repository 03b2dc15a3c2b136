// A self-signed certificate for 127.0.0.1, made by the openssl command line tool, for the HTTPS tests.
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <optional>

namespace LicenseDesk::Testing {

struct SelfSignedCertificate {
    QSslCertificate certificate;
    QSslKey key;

    /// nullopt (with *error set) when openssl is missing or failed.
    static std::optional<SelfSignedCertificate> generate(QString *error);
};

} // namespace LicenseDesk::Testing

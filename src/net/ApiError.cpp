// Certificate fingerprints as shown to admins and stored for pinning.
#include "ApiError.h"

#include <QCryptographicHash>

namespace LicenseDesk {

QByteArray certificateFingerprint(const QSslCertificate &certificate) {
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

} // namespace LicenseDesk

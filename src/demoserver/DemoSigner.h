// Signs and verifies demo license rows so the demo server can recognise the licenses it issued.
#pragma once

#include "LicenseData.h"

#include <QByteArray>
#include <QCoreApplication>

namespace LicenseDesk {

/// HMAC-SHA256 "signatures" over the signed fields of module rows and licenses (base64). Translatable
/// texts (descriptions, tooltips) are not signed, exactly as a real license keeps them outside the hash.
class DemoSigner final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::DemoSigner)

public:
    /// The secret every demo server uses, so signatures are deterministic across runs.
    static QByteArray defaultSecret();

    explicit DemoSigner(QByteArray secret = defaultSecret());

    QString moduleSignature(const ModuleLicense &module) const;
    /// Covers the license's own signed fields and every row's signature, in order.
    QString licenseSignature(const LicenseInfo &license) const;

    /// Signs every row, then the license itself.
    void sign(LicenseInfo &license) const;

    /// Empty when every signature verifies; else a sentence naming what was changed.
    QString verify(const LicenseInfo &license) const;

    /// The date form used in JSON and in signatures: "yyyy-MM-ddTHH:mm:ss", "0001-01-01T00:00:00" for never.
    static QString formatDate(const LicenseDate &date);

private:
    QString mac(const QStringList &fields) const;

    QByteArray m_secret;
};

} // namespace LicenseDesk

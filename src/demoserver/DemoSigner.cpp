// Deterministic HMAC signatures for the demo server's licenses.
#include "DemoSigner.h"

#include <QMessageAuthenticationCode>
#include <QStringList>

namespace LicenseDesk {

using namespace Qt::StringLiterals;

QByteArray DemoSigner::defaultSecret() {
    return "licensedesk-demo-server/superlicense-stand-in/v1"_ba;
}

DemoSigner::DemoSigner(QByteArray secret)
    : m_secret(std::move(secret)) {}

QString DemoSigner::formatDate(const LicenseDate &date) {
    if (!date || !date->isValid())
        return u"0001-01-01T00:00:00"_s;
    return date->toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
}

QString DemoSigner::mac(const QStringList &fields) const {
    // A unit separator between fields, so "ab"+"c" and "a"+"bc" sign differently.
    const QByteArray message = fields.join(QChar(0x1f)).toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256).toBase64());
}

QString DemoSigner::moduleSignature(const ModuleLicense &m) const {
    return mac({u"module"_s, m.ownerName, m.moduleName, m.moduleVersion, m.licenseType.raw,
                m.unrestricted ? u"1"_s : u"0"_s, m.allowedUserType.raw, QString::number(m.numberOfLicenses),
                QString::number(m.extraFlags), m.extraInfo, QString::number(m.sortOrder),
                m.isHidden ? u"1"_s : u"0"_s, m.prerequisiteModuleName});
}

QString DemoSigner::licenseSignature(const LicenseInfo &l) const {
    QStringList fields{u"license"_s,
                       l.companyName,
                       l.serialNr,
                       l.ownerName,
                       formatDate(l.nextCheckDate),
                       formatDate(l.maintenanceDate),
                       formatDate(l.adminWarningDate),
                       formatDate(l.expiryDate),
                       formatDate(l.graceDate),
                       QString::number(l.extraFlags),
                       l.licenseUrl,
                       l.licenseVersion,
                       QString::number(l.deploymentType),
                       l.productType};
    for (const ModuleLicense &m : l.moduleLicenses)
        fields.append(m.signature);
    return mac(fields);
}

void DemoSigner::sign(LicenseInfo &license) const {
    for (ModuleLicense &m : license.moduleLicenses)
        m.signature = moduleSignature(m);
    license.signature = licenseSignature(license);
}

QString DemoSigner::verify(const LicenseInfo &license) const {
    for (const ModuleLicense &m : license.moduleLicenses) {
        if (m.ownerName.compare(license.ownerName, Qt::CaseInsensitive) != 0)
            return tr("Module %1 belongs to owner %2, not %3.")
                .arg(m.moduleName, m.ownerName, license.ownerName);
        if (m.signature != moduleSignature(m))
            return tr("The signature of module %1 does not match its content: the licence was modified "
                      "after it was issued.")
                .arg(m.moduleName);
    }
    if (license.signature != licenseSignature(license))
        return tr("The licence signature of %1 does not match its content: the licence was modified after "
                  "it was issued.")
            .arg(license.ownerName);
    return {};
}

} // namespace LicenseDesk

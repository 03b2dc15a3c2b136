// A self-signed certificate for 127.0.0.1, made by the openssl command line tool in a temporary directory.
#include "SelfSignedCertificate.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace LicenseDesk::Testing {

std::optional<SelfSignedCertificate> SelfSignedCertificate::generate(QString *error) {
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        *error = QStringLiteral("openssl is not installed");
        return std::nullopt;
    }
    QTemporaryDir dir;
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                            QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    QFile certFile(certPath);
    if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("openssl wrote no key or certificate");
        return std::nullopt;
    }
    SelfSignedCertificate result{QSslCertificate(&certFile, QSsl::Pem),
                                 QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem)};
    if (result.certificate.isNull() || result.key.isNull()) {
        *error = QStringLiteral("could not read what openssl wrote");
        return std::nullopt;
    }
    return result;
}

} // namespace LicenseDesk::Testing

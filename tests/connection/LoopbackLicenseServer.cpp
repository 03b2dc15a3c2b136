// Reads one request head per connection, answers with the canned body and closes.
#include "LoopbackLicenseServer.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>

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

LoopbackLicenseServer::LoopbackLicenseServer(const QByteArray &jsonBody,
                                             const SelfSignedCertificate *certificate, QObject *parent)
    : QObject(parent)
    , m_body(jsonBody)
    , m_tls(certificate != nullptr) {
    if (certificate) {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate->certificate);
        configuration.setPrivateKey(certificate->key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(configuration);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
}

LoopbackLicenseServer::~LoopbackLicenseServer() = default;

bool LoopbackLicenseServer::listen() {
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl LoopbackLicenseServer::apiRoot() const {
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/SuperOffice/api"));
    return url;
}

void LoopbackLicenseServer::serve(QTcpSocket *socket) {
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        buffer->append(socket->readAll());
        if (!buffer->contains("\r\n\r\n"))
            return;
        buffer->clear();
        QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\n"
                              "Content-Length: " +
                              QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body;
        socket->write(response);
        ++m_answered;
        socket->disconnectFromHost();
    });
}

} // namespace LicenseDesk::Testing

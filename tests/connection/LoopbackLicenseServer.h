// A one-answer HTTP(S) server on 127.0.0.1 for connection tests: every request gets the same JSON.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

class QTcpServer;
class QTcpSocket;

namespace LicenseDesk::Testing {

/// A self-signed certificate for 127.0.0.1, made by the openssl command line tool in a temp dir.
struct SelfSignedCertificate {
    QSslCertificate certificate;
    QSslKey key;

    /// nullopt (with *error set) when openssl is missing or failed.
    static std::optional<SelfSignedCertificate> generate(QString *error);
};

class LoopbackLicenseServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackLicenseServer)

public:
    /// Plain HTTP when certificate is null, HTTPS otherwise.
    LoopbackLicenseServer(const QByteArray &jsonBody, const SelfSignedCertificate *certificate,
                          QObject *parent = nullptr);
    ~LoopbackLicenseServer() override;

    bool listen();
    /// "http(s)://127.0.0.1:<port>/SuperOffice/api"
    QUrl apiRoot() const;
    int requestsAnswered() const { return m_answered; }

private:
    void serve(QTcpSocket *socket);

    QByteArray m_body;
    std::unique_ptr<QTcpServer> m_server;
    bool m_tls;
    int m_answered = 0;
};

} // namespace LicenseDesk::Testing

// "Test connection": resolve, connect, TLS handshake and sign-in, each step reported as it ends.
#pragma once

#include "ConnectionSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

class QNetworkAccessManager;
class QSslSocket;
class QTimer;

namespace LicenseDesk {

class ApiJob;
class LicenseClient;

/// Runs the steps one after the other, asynchronously; cancel() stops at once. One run at a time.
class ConnectionTester final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    enum class Step { Resolve, Connect, Tls, Authenticate };
    Q_ENUM(Step)
    enum class Outcome { Running, Passed, Failed, Skipped };
    Q_ENUM(Outcome)

    /// The access manager is shared, not owned.
    explicit ConnectionTester(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ConnectionTester() override;

    void start(const ConnectionSettings &settings);
    /// Stops the running step; it is reported Failed ("Cancelled") and finished(false) follows.
    void cancel();
    bool isRunning() const { return m_running; }

    /// The server's certificate chain and the TLS errors seen by the last run (https only).
    const QList<QSslCertificate> &peerChain() const { return m_chain; }
    const QList<QSslError> &sslErrors() const { return m_sslErrors; }

    /// Translated title of a step ("Resolve host", …).
    static QString stepTitle(Step step);

signals:
    void stepChanged(LicenseDesk::ConnectionTester::Step step, LicenseDesk::ConnectionTester::Outcome outcome,
                     const QString &text);
    /// The server's certificate is not trusted; the admin may pin it (see CertificateDialog).
    void certificateProblem(const QList<QSslCertificate> &chain, const QList<QSslError> &errors);
    void finished(bool success);

private:
    void resolve();
    void connectSocket();
    void onSocketConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void authenticate();
    void report(Step step, Outcome outcome, const QString &text);
    void fail(const QString &text);
    void finish(bool success);
    void stopSocket();
    QString targetHost() const;
    quint16 targetPort() const;
    bool isHttps() const;
    bool isPinned(const QSslCertificate &certificate) const;

    QNetworkAccessManager *m_network;
    ConnectionSettings m_settings;
    bool m_running = false;
    Step m_step = Step::Resolve;
    int m_lookupId = -1;
    QPointer<QSslSocket> m_socket;
    QPointer<ApiJob> m_job;
    LicenseClient *m_client = nullptr;
    QTimer *m_stepTimer;
    QList<QSslCertificate> m_chain;
    QList<QSslError> m_sslErrors;
};

} // namespace LicenseDesk

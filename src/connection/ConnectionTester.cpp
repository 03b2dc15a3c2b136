// Each step starts only when the previous one passed; a per-step timer keeps a silent server from
// holding the dialog forever.
#include "ConnectionTester.h"

#include "LicenseClient.h"

#include <QHostInfo>
#include <QLocale>
#include <QSslSocket>
#include <QTimer>

namespace LicenseDesk {

namespace {

QString certificateName(const QStringList &parts) {
    return parts.isEmpty() ? QString() : parts.join(QStringLiteral(", "));
}

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_stepTimer(new QTimer(this)) {
    m_stepTimer->setSingleShot(true);
    connect(m_stepTimer, &QTimer::timeout, this, [this] {
        fail(tr("No answer within %n second(s).", nullptr,
                int(std::chrono::duration_cast<std::chrono::seconds>(m_settings.timeout).count())));
    });
}

ConnectionTester::~ConnectionTester() {
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

QString ConnectionTester::stepTitle(Step step) {
    switch (step) {
    case Step::Resolve:
        return tr("Resolve host");
    case Step::Connect:
        return tr("Connect");
    case Step::Tls:
        return tr("TLS handshake");
    case Step::Authenticate:
        return tr("Sign in and read licenses");
    }
    return {};
}

void ConnectionTester::start(const ConnectionSettings &settings) {
    if (m_running)
        cancel();
    m_settings = settings;
    m_chain.clear();
    m_sslErrors.clear();
    m_running = true;
    resolve();
}

void ConnectionTester::cancel() {
    if (m_running)
        fail(tr("Cancelled."));
}

bool ConnectionTester::isHttps() const {
    return m_settings.apiRoot.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

QString ConnectionTester::targetHost() const {
    return m_settings.apiRoot.host();
}

quint16 ConnectionTester::targetPort() const {
    return quint16(m_settings.apiRoot.port(isHttps() ? 443 : 80));
}

bool ConnectionTester::isPinned(const QSslCertificate &certificate) const {
    return !certificate.isNull() &&
           m_settings.trustedCertificates.contains(certificate.digest(QCryptographicHash::Sha256).toHex());
}

void ConnectionTester::report(Step step, Outcome outcome, const QString &text) {
    m_step = step;
    if (outcome == Outcome::Running) {
        // The client's own timeout explains itself better, so the sign-in step gets some slack.
        const auto slack =
            step == Step::Authenticate ? std::chrono::milliseconds(5000) : std::chrono::milliseconds(0);
        m_stepTimer->start(m_settings.timeout + slack);
    } else
        m_stepTimer->stop();
    emit stepChanged(step, outcome, text);
}

void ConnectionTester::fail(const QString &text) {
    // Whatever is still under way belongs to a run that is over now (timeout or cancel).
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_job && !m_job->isFinished()) {
        m_job->disconnect(this); // its finished() must not report a second ending
        m_job->cancel();
    }
    stopSocket();
    report(m_step, Outcome::Failed, text);
    finish(false);
}

void ConnectionTester::finish(bool success) {
    m_stepTimer->stop();
    m_running = false;
    m_lookupId = -1;
    m_job.clear();
    emit finished(success);
}

void ConnectionTester::stopSocket() {
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket.clear();
}

void ConnectionTester::resolve() {
    const bool viaProxy = m_settings.proxy && m_settings.proxy->type() != QNetworkProxy::NoProxy;
    const QString host = viaProxy ? m_settings.proxy->hostName() : targetHost();
    if (host.isEmpty()) {
        report(Step::Resolve, Outcome::Running, QString());
        fail(tr("The API URL has no host name."));
        return;
    }
    report(Step::Resolve, Outcome::Running,
           viaProxy ? tr("Looking up the proxy %1…").arg(host) : tr("Looking up %1…").arg(host));
    m_lookupId = QHostInfo::lookupHost(host, this, [this, host, viaProxy](const QHostInfo &info) {
        m_lookupId = -1;
        if (!m_running)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            fail(tr("Could not find %1: %2").arg(host, info.errorString()));
            return;
        }
        QStringList addresses;
        for (const QHostAddress &address : info.addresses().mid(0, 3))
            addresses.append(address.toString());
        report(Step::Resolve, Outcome::Passed,
               viaProxy ? tr("Proxy %1 is %2.").arg(host, addresses.join(QStringLiteral(", ")))
                        : tr("%1 is %2.").arg(host, addresses.join(QStringLiteral(", "))));
        connectSocket();
    });
}

void ConnectionTester::connectSocket() {
    m_socket = new QSslSocket(this);
    if (m_settings.proxy)
        m_socket->setProxy(*m_settings.proxy);
    m_socket->setPeerVerifyName(targetHost());
    connect(m_socket, &QSslSocket::connected, this, &ConnectionTester::onSocketConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ConnectionTester::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &ConnectionTester::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ConnectionTester::onSocketError);
    report(Step::Connect, Outcome::Running,
           tr("Connecting to %1 port %2…").arg(targetHost()).arg(targetPort()));
    m_socket->connectToHost(targetHost(), targetPort());
}

void ConnectionTester::onSocketConnected() {
    report(Step::Connect, Outcome::Passed,
           tr("Connected to %1 port %2.").arg(targetHost()).arg(targetPort()));
    if (!isHttps()) {
        stopSocket();
        report(Step::Tls, Outcome::Skipped,
               tr("Not used: the API URL starts with http://, so passwords and "
                  "tokens travel unencrypted."));
        authenticate();
        return;
    }
    report(Step::Tls, Outcome::Running, tr("Checking the server's certificate…"));
    m_socket->startClientEncryption();
}

void ConnectionTester::onSslErrors(const QList<QSslError> &errors) {
    m_sslErrors = errors;
    m_chain = m_socket->peerCertificateChain();
    // Only the exact errors of a certificate the admin pinned are accepted; never all errors blindly.
    if (isPinned(m_socket->peerCertificate()))
        m_socket->ignoreSslErrors(errors);
}

void ConnectionTester::onEncrypted() {
    const QSslCertificate certificate = m_socket->peerCertificate();
    m_chain = m_socket->peerCertificateChain();
    const QString expiry =
        QLocale().toString(certificate.expiryDate().toLocalTime().date(), QLocale::ShortFormat);
    QString text = tr("Certificate for %1, issued by %2, valid until %3.")
                       .arg(certificateName(certificate.subjectInfo(QSslCertificate::CommonName)),
                            certificateName(certificate.issuerInfo(QSslCertificate::CommonName) +
                                            certificate.issuerInfo(QSslCertificate::Organization)),
                            expiry);
    if (!m_sslErrors.isEmpty())
        text += QLatin1Char(' ') + tr("Accepted because you trusted this certificate.");
    stopSocket();
    report(Step::Tls, Outcome::Passed, text);
    authenticate();
}

void ConnectionTester::onSocketError() {
    if (!m_socket)
        return;
    const QString reason = m_socket->errorString();
    if (m_step == Step::Tls && !m_sslErrors.isEmpty()) {
        QStringList problems;
        for (const QSslError &error : std::as_const(m_sslErrors))
            problems.append(error.errorString());
        const QList<QSslCertificate> chain = m_chain;
        const QList<QSslError> errors = m_sslErrors;
        fail(tr("The server's certificate is not trusted: %1").arg(problems.join(QStringLiteral("; "))));
        emit certificateProblem(chain, errors);
        return;
    }
    fail(reason);
}

void ConnectionTester::authenticate() {
    report(Step::Authenticate, Outcome::Running, tr("Signing in and reading the licenses…"));
    if (!m_client)
        m_client = new LicenseClient(m_network, this);
    m_client->setSettings(m_settings);
    OwnersJob *job = m_client->fetchAllOwners();
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!m_running)
            return;
        const ApiResult<QList<ExtendedLicenseInfo>> result = job->result();
        if (result.ok()) {
            report(Step::Authenticate, Outcome::Passed,
                   tr("Signed in; read the licenses of %n owner(s).", nullptr, int(result.value->size())));
            finish(true);
            return;
        }
        fail(result.error.userMessage);
        if (result.error.category == ErrorCategory::Tls && !result.error.certificateChain.isEmpty())
            emit certificateProblem(result.error.certificateChain, {});
    });
}

} // namespace LicenseDesk

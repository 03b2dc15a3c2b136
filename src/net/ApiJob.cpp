// One WebAPI request as a cancellable job: size cap, timeouts, redirect and TLS guards, logging.
#include "ApiJob.h"

#include "ConnectionSettings.h"
#include "ErrorMapper.h"
#include "LicenseClient.h"
#include "Redaction.h"
#include "RedirectPolicy.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QPromise>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace LicenseDesk {

struct ApiJob::Private {
    QByteArray method;
    QUrl originalUrl;
    QUrl url;
    std::chrono::milliseconds timeout{0};
    qint64 maxBytes = 0;
    QList<QByteArray> trustedCertificates;
    QStringList secrets;
    QByteArray body;
    qint64 bytesRead = 0; ///< body bytes taken from the socket, redirects included; the log reports it
    QList<QSslError> sslErrors;
    QList<QSslCertificate> peerChain;
    QTimer overallTimer;
    QElapsedTimer clock;
    bool finishQueued = false;
    ApiError queuedError;
    int httpStatus = 0;
};

namespace {

// Bodies from this size on (an installation's every owner) are parsed on a worker thread; smaller
// ones are parsed at once, where a thread hop would cost more than it saves.
constexpr qsizetype backgroundParseBytes = 256 * 1024;

QByteArray methodOf(const QNetworkReply *reply) {
    switch (reply->operation()) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        return reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

int statusOf(const QNetworkReply *reply) {
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

bool neverLeftThisMachine(QNetworkReply::NetworkError error) {
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::SslHandshakeFailedError || error == QNetworkReply::ProxyNotFoundError ||
           error == QNetworkReply::ProxyConnectionRefusedError;
}

} // namespace

ApiJob::ApiJob(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {
    d->overallTimer.setSingleShot(true);
}

ApiJob::~ApiJob() {
    releaseReply();
}

void ApiJob::cancel() {
    if (m_finished)
        return;
    releaseReply();
    if (d->finishQueued) {
        d->queuedError = ErrorMapper::cancelled();
        return;
    }
    finishLater(ErrorMapper::cancelled());
}

void ApiJob::start(QNetworkReply *reply, const ConnectionSettings &settings) {
    m_reply = reply;
    m_sent = true;
    d->method = methodOf(reply);
    d->originalUrl = reply->request().url();
    d->url = d->originalUrl;
    d->timeout = settings.timeout;
    d->maxBytes = settings.maxResponseBytes;
    d->trustedCertificates = settings.trustedCertificates;
    d->secrets = {settings.secret, settings.appToken};
    d->clock.start();
    // Keep QtNetwork from buffering far ahead of the cap while we drain the reply.
    reply->setReadBufferSize(std::clamp<qint64>(settings.maxResponseBytes + 1, 64 * 1024, 1024 * 1024));

    qCInfo(lcNet).noquote() << d->method << redactedUrl(d->url);
    const QNetworkRequest request = reply->request();
    for (const QByteArray &name : request.rawHeaderList())
        qCDebug(lcNet).noquote() << "  " << name << ": "
                                 << redactedHeaderValue(name, request.rawHeader(name));

    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiJob::checkDeclaredLength);
    connect(reply, &QNetworkReply::readyRead, this, &ApiJob::readAvailable);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiJob::downloadProgress);
    // A reply deleted under us (its access manager went away) must still end the job.
    connect(reply, &QObject::destroyed, this, [this] {
        m_reply = nullptr;
        finishLater(ErrorMapper::cancelled());
    });
    connect(reply, &QNetworkReply::redirected, this, [this](const QUrl &target) {
        const int status = m_reply ? statusOf(m_reply) : 0;
        if (!isSameOrigin(d->originalUrl, target)) {
            qCInfo(lcNet).noquote() << "refused redirect" << redactedUrl(d->url) << "->"
                                    << redactedUrl(target);
            abortWith(ErrorMapper::redirectRefused(d->url, target, status));
            return;
        }
        qCDebug(lcNet).noquote() << "following redirect" << status << "->" << redactedUrl(target);
        d->url = target;
        d->body.clear();
        emit m_reply->redirectAllowed();
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        d->peerChain = m_reply->sslConfiguration().peerCertificateChain();
        QList<QSslError> trusted;
        d->sslErrors.clear();
        for (const QSslError &error : errors) {
            const QSslCertificate certificate = error.certificate();
            if (!certificate.isNull() && d->trustedCertificates.contains(certificateFingerprint(certificate)))
                trusted.append(error);
            else
                d->sslErrors.append(error);
        }
        for (const QSslError &error : std::as_const(trusted))
            qCInfo(lcNet).noquote() << "accepting" << error.errorString() << "for the trusted certificate"
                                    << certificateFingerprint(error.certificate());
        // Only the errors of certificates the admin trusted by fingerprint; anything else fails as Tls.
        if (!trusted.isEmpty())
            m_reply->ignoreSslErrors(trusted);
    });

    if (d->timeout.count() > 0) {
        connect(&d->overallTimer, &QTimer::timeout, this,
                [this] { abortWith(ErrorMapper::timeout(d->method, d->url, d->timeout)); });
        d->overallTimer.start(d->timeout);
    }
}

void ApiJob::failBeforeSending(ApiError error) {
    m_sent = false;
    finishLater(std::move(error));
}

void ApiJob::checkDeclaredLength() {
    if (!m_reply)
        return;
    const int status = statusOf(m_reply);
    if (status >= 300 && status < 400)
        return;
    const QVariant declared = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (declared.isValid() && declared.toLongLong() > d->maxBytes)
        abortWith(ErrorMapper::tooLarge(d->method, d->url, d->maxBytes));
}

void ApiJob::readAvailable() {
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 room = d->maxBytes - d->body.size();
        // Read one byte past the cap at most: enough to know it was exceeded, never more.
        const QByteArray chunk = m_reply->read(qMax<qint64>(room + 1, 1));
        d->bytesRead += chunk.size();
        d->body.append(chunk);
        if (d->body.size() > d->maxBytes) {
            d->body.truncate(d->maxBytes);
            abortWith(ErrorMapper::tooLarge(d->method, d->url, d->maxBytes));
            return;
        }
        if (chunk.isEmpty())
            break;
    }
}

void ApiJob::onReplyFinished() {
    readAvailable();
    if (m_finished || !m_reply)
        return;
    ReplyOutcome outcome;
    outcome.method = d->method;
    outcome.url = d->url;
    outcome.networkError = m_reply->error();
    outcome.networkErrorText = redactSecrets(m_reply->errorString(), d->secrets);
    outcome.httpStatus = statusOf(m_reply);
    outcome.body = d->body;
    outcome.contentType = m_reply->rawHeader("Content-Type");
    outcome.sslErrors = d->sslErrors;
    outcome.peerChain = d->peerChain;
    // Asking a plain-HTTP reply for its TLS state would load the TLS backend for nothing.
    if (outcome.peerChain.isEmpty() && d->url.scheme() == "https"_L1)
        outcome.peerChain = m_reply->sslConfiguration().peerCertificateChain();
    outcome.timeout = d->timeout;
    if (neverLeftThisMachine(outcome.networkError))
        m_sent = false;

    ApiError error = ErrorMapper::fromReply(outcome);
    if (!error.isNull()) {
        finish(std::move(error));
        return;
    }
    d->httpStatus = outcome.httpStatus;
    std::function<ParsedBody()> parse = bodyParser(d->body);
    if (d->body.size() >= backgroundParseBytes)
        parseInBackground(std::move(parse));
    else
        completeParse(parse());
}

void ApiJob::parseInBackground(std::function<ParsedBody()> parse) {
    // The answer is complete and arrived in time: nothing may time it out or abort it now.
    d->overallTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->deleteLater();
    }
    // The watcher is the job's child: when the job goes, the result is dropped unseen.
    auto *watcher = new QFutureWatcher<ParsedBody>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        ParsedBody parsed = watcher->result();
        watcher->deleteLater();
        // A cancel() while parsing wins: its finish is already queued.
        if (!m_finished && !d->finishQueued)
            completeParse(std::move(parsed));
    });
    auto promise = std::make_shared<QPromise<ParsedBody>>();
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, parse = std::move(parse)] {
        promise->addResult(parse());
        promise->finish();
    });
}

void ApiJob::completeParse(ParsedBody parsed) {
    if (parsed.store)
        parsed.store();
    ApiError error = std::move(parsed.error);
    if (!error.isNull() && error.httpStatus == 0)
        error.httpStatus = d->httpStatus;
    if (error.category == ErrorCategory::BadResponse)
        error.details = QString::fromLatin1(d->method) + u' ' + redactedUrl(d->url) + u'\n' + error.details;
    finish(std::move(error));
}

void ApiJob::abortWith(ApiError error) {
    if (m_finished)
        return;
    releaseReply();
    finish(std::move(error));
}

void ApiJob::releaseReply() {
    d->overallTimer.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiJob::finishLater(ApiError error) {
    if (m_finished || d->finishQueued)
        return;
    d->finishQueued = true;
    d->queuedError = std::move(error);
    QMetaObject::invokeMethod(
        this, [this] { finish(d->queuedError); }, Qt::QueuedConnection);
}

void ApiJob::finish(ApiError error) {
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->deleteLater();
    }
    d->overallTimer.stop();
    const qint64 elapsed = d->clock.isValid() ? d->clock.elapsed() : 0;
    if (m_error.isNull())
        qCInfo(lcNet).noquote() << d->method << redactedUrl(d->url) << "->"
                                << "ok," << d->bytesRead << "bytes read," << elapsed << "ms";
    else
        qCInfo(lcNet).noquote() << d->method << redactedUrl(d->url) << "-> failed, HTTP" << m_error.httpStatus
                                << "category" << int(m_error.category) << "," << d->bytesRead << "bytes read,"
                                << elapsed << "ms:" << redactSecrets(m_error.details, d->secrets);
    d->body.clear();
    // A slot may delete the client, and with it this job; only schedule deletion if we survived.
    const QPointer<ApiJob> self(this);
    emit finished();
    if (self)
        deleteLater();
}

} // namespace LicenseDesk

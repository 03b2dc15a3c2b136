// HTTP plumbing of the demo server: credentials, faults, latency and writing the router's answers.
#include "DemoServer.h"

#include "DemoLicenseStore.h"
#include "DemoListener.h"
#include "DemoRouter.h"
#include "DemoTranslations.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace LicenseDesk {

using namespace Qt::StringLiterals;

namespace {

QByteArray header(const QHttpServerRequest &request, QByteArrayView name) {
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// The path's segments, still percent-encoded: {"api", "v1", "License", ...}.
QStringList encodedSegments(const QUrl &url) {
    return url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts);
}

/// Everything under /api but the version block at /api itself needs credentials.
bool needsCredentials(const QStringList &segments) {
    return segments.size() > 1 && segments.first().compare("api"_L1, Qt::CaseInsensitive) == 0;
}

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    default:
        return "OTHER"_ba;
    }
}

// QtHttpServer's debug output prints every request with its headers, Authorization included.
// Secrets never reach a log, whatever QT_LOGGING_RULES says: keep that category below debug.
QLoggingCategory::CategoryFilter previousFilter = nullptr;

void withoutRequestHeaderLogging(QLoggingCategory *category) {
    if (previousFilter)
        previousFilter(category);
    if (QByteArrayView(category->categoryName()).startsWith("qt.httpserver"))
        category->setEnabled(QtDebugMsg, false);
}

/// What IIS shows when the application throws: an HTML page, not the JSON error body.
DemoReply serverErrorPage() {
    DemoReply reply;
    reply.status = 500;
    reply.contentType = "text/html; charset=utf-8"_ba;
    reply.body = "<!DOCTYPE html>\n<html><head><title>Runtime Error</title></head>\n"
                 "<body><h1>Server Error in '/SuperOffice' Application.</h1>\n"
                 "<h2><i>Runtime Error</i></h2>\n"
                 "<p>An application error occurred on the server (simulated by the LicenseDesk demo server's "
                 "--fail-rate).</p>\n</body></html>\n"_ba;
    return reply;
}

void write(QHttpServerResponder &responder, const DemoReply &reply) {
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type"_ba, reply.contentType);
    responder.writeHeader("Content-Length"_ba, QByteArray::number(reply.body.size()));
    responder.writeHeader("Server"_ba, "LicenseDesk-Demo/" LICENSEDESK_VERSION ""_ba);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
}

} // namespace

DemoServer::DemoServer(DemoServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(std::make_unique<DemoLicenseStore>(m_options.dataFile,
                                                 DemoSeedSpec{m_options.owners, m_options.modules}))
    , m_router(std::make_unique<DemoRouter>(*m_store))
    , m_http(new QHttpServer(this)) {
    static const bool filtered = [] {
        previousFilter = QLoggingCategory::installFilter(&withoutRequestHeaderLogging);
        return true;
    }();
    Q_UNUSED(filtered);
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    });
}

DemoServer::~DemoServer() = default;

bool DemoServer::listen(const QHostAddress &address, quint16 port) {
    if (m_tcp) {
        m_error = tr("The demo server is already listening.");
        return false;
    }
    if (!m_store->open(m_options.reset, &m_error))
        return false;
    auto tcp = std::make_unique<DemoListener>(
        m_http, [this](const DemoRequestHead &head, qint64 bodyLength) { return admit(head, bodyLength); });
    if (!tcp->listen(address, port)) {
        m_error =
            tr("Cannot listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(tcp->errorString());
        return false;
    }
    m_tcp = tcp.release();
    m_http->bind(m_tcp); // takes ownership
    m_address = address;
    m_error.clear();
    return true;
}

quint16 DemoServer::port() const {
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl DemoServer::apiRoot() const {
    if (!m_tcp)
        return {};
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(host.toString());
    url.setPort(port());
    url.setPath(u"/api"_s);
    return url;
}

bool DemoServer::authorised(const QByteArray &authorization) const {
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0)
        return false;
    const QByteArray scheme = authorization.left(space).toLower();
    const QByteArray value = authorization.mid(space + 1).trimmed();
    if (scheme == "basic") {
        const auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        const QString text = QString::fromUtf8(*decoded);
        const qsizetype colon = text.indexOf(u':');
        return colon > 0 && text.left(colon).compare(m_options.user, Qt::CaseInsensitive) == 0 &&
               text.mid(colon + 1) == m_options.password;
    }
    if (scheme == "soticket")
        return !m_options.ticket.isEmpty() && value == m_options.ticket.toUtf8();
    if (scheme == "bearer")
        return !m_options.token.isEmpty() && value == m_options.token.toUtf8();
    return false;
}

std::optional<DemoReply> DemoServer::admit(const DemoRequestHead &head, qint64 bodyLength) const {
    if (bodyLength > MaxBodyBytes)
        return DemoRouter::error(413, u"ArgumentException"_s,
                                 tr("The request body is larger than the %1 MiB this server accepts.")
                                     .arg(MaxBodyBytes / (1024 * 1024)));
    if (!m_options.requireCredentials || !needsCredentials(encodedSegments(QUrl::fromEncoded(head.target))))
        return std::nullopt;
    const QByteArray authorization = head.header("Authorization");
    if (authorised(authorization))
        return std::nullopt;
    DemoReply reply = DemoRouter::error(
        401, u"UnauthorizedAccessException"_s,
        authorization.isEmpty()
            ? tr("Authentication required: send Basic credentials, a SOTicket or a Bearer token.")
            : tr("The user name or password is wrong, or the ticket or token is not valid."));
    reply.headers.append({"WWW-Authenticate"_ba, "Basic realm=\"SuperOffice\""_ba});
    return reply;
}

DemoReply DemoServer::answer(const QHttpServerRequest &request) {
    if (m_options.failRate > 0 && QRandomGenerator::global()->generateDouble() < m_options.failRate)
        return serverErrorPage();

    const QStringList encoded = encodedSegments(request.url());
    if (encoded.isEmpty() || encoded.first().compare("api"_L1, Qt::CaseInsensitive) != 0)
        return DemoRouter::error(404, u"SoNotFoundException"_s, tr("Not found: the API lives under /api."));

    DemoRequest demoRequest;
    demoRequest.method = methodName(request.method());
    for (qsizetype i = 1; i < encoded.size(); ++i)
        demoRequest.path.append(QUrl::fromPercentEncoding(encoded.at(i).toLatin1()));
    demoRequest.body = request.body();
    demoRequest.contentType = header(request, "Content-Type");
    demoRequest.language =
        DemoTranslations::pickLanguage(header(request, "SO-Language"), header(request, "Accept-Language"));
    // Credentials were checked on the head (admit()), before the body was read.
    return m_router->route(demoRequest);
}

void DemoServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder) {
    // The answer (and any state change) happens now; only the writing is delayed.
    const DemoReply reply = answer(request);
    if (m_options.latencyMs <= 0) {
        write(responder, reply);
        return;
    }
    // QHttpServer 6.4 lets a responder outlive the handler; the socket may not, so watch it.
    QPointer<QTcpSocket> socket = responder.socket();
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(m_options.latencyMs, this, [socket, pending, reply] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            write(*pending, reply);
    });
}

} // namespace LicenseDesk

// The one loopback HTTP(S)/1.1 server of the tests: records raw requests, plays scripted replies and faults.
#include "LoopbackPeer.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace LicenseDesk::Testing {

namespace {

constexpr qint64 fillerChunk = 64 * 1024;
// The peer never holds more than this much unsent filler: a 100 MB stream costs it kilobytes.
constexpr qint64 maxQueued = 4 * fillerChunk;

QByteArray reasonPhrase(int status) {
    static const QHash<int, QByteArray> phrases = {
        {200, "OK"},        {204, "No Content"},  {301, "Moved Permanently"},     {302, "Found"},
        {303, "See Other"}, {307, "Temporary Redirect"}, {308, "Permanent Redirect"}, {400, "Bad Request"},
        {401, "Unauthorized"}, {403, "Forbidden"}, {404, "Not Found"},             {405, "Method Not Allowed"},
        {500, "Internal Server Error"}, {502, "Bad Gateway"}, {503, "Service Unavailable"}};
    return phrases.value(status, "Status");
}

std::unique_ptr<QTcpServer> tlsServer(const SelfSignedCertificate &certificate) {
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate.certificate);
    configuration.setPrivateKey(certificate.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    return server;
}

} // namespace

QByteArray PeerRequest::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool PeerRequest::hasHeader(const QByteArray &name) const {
    return std::any_of(headers.cbegin(), headers.cend(), [&](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray PeerRequest::path() const {
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

PeerReply PeerReply::json(const QByteArray &body, int status) {
    PeerReply reply;
    reply.status = status;
    reply.body = body;
    reply.headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
    return reply;
}

PeerReply PeerReply::html(const QByteArray &body, int status) {
    PeerReply reply = json(body, status);
    reply.headers = {{"Content-Type", "text/html; charset=utf-8"}};
    return reply;
}

PeerReply PeerReply::redirect(int status, const QByteArray &location) {
    PeerReply reply;
    reply.status = status;
    reply.headers.emplaceBack("Location", location);
    return reply;
}

PeerReply PeerReply::closeUnanswered() {
    PeerReply reply;
    reply.kind = Kind::CloseUnanswered;
    return reply;
}

PeerReply PeerReply::stall() {
    PeerReply reply;
    reply.kind = Kind::Stall;
    return reply;
}

PeerReply PeerReply::dropMidBody(const QByteArray &body) {
    PeerReply reply = json(body);
    reply.sendOnly = body.size() / 2;
    return reply;
}

PeerReply PeerReply::stream(qint64 bytes, bool announceLength) {
    PeerReply reply = json(QByteArray());
    reply.kind = Kind::Stream;
    reply.streamBytes = bytes;
    if (announceLength)
        reply.declaredLength = bytes;
    return reply;
}

PeerReply PeerReply::withHeader(const QByteArray &name, const QByteArray &value) const {
    PeerReply reply = *this;
    reply.headers.emplaceBack(name, value);
    return reply;
}

LoopbackPeer::LoopbackPeer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>()) {
    m_fallback = PeerReply::json("{\"Error\":true,\"ErrorType\":\"SoNotFoundException\","
                                 "\"ErrorMessage\":\"No route in the loopback peer\"}",
                                 404);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &LoopbackPeer::onNewConnection);
}

LoopbackPeer::LoopbackPeer(const SelfSignedCertificate &certificate, QObject *parent)
    : LoopbackPeer(parent) {
    m_server = tlsServer(certificate);
    m_tls = true;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &LoopbackPeer::onNewConnection);
}

LoopbackPeer::~LoopbackPeer() {
    m_server->close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        delete socket;
    }
}

bool LoopbackPeer::listen() {
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 LoopbackPeer::port() const {
    return m_server->serverPort();
}

QUrl LoopbackPeer::url(const QString &path) const {
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    url.setPath(path);
    return url;
}

QString LoopbackPeer::apiRoot() const {
    return url(QStringLiteral("/api")).toString();
}

QString LoopbackPeer::refusingApiRoot() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("http://127.0.0.1:%1/api").arg(port);
}

void LoopbackPeer::route(const QByteArray &path, const PeerReply &reply) {
    m_routes.insert(path, reply);
}

void LoopbackPeer::enqueue(const PeerReply &reply) {
    m_queue.enqueue(reply);
}

void LoopbackPeer::setFallback(const PeerReply &reply) {
    m_fallback = reply;
}

qsizetype LoopbackPeer::requestCount(const QByteArray &path) const {
    return std::count_if(m_requests.cbegin(), m_requests.cend(),
                         [&](const PeerRequest &request) { return request.path() == path; });
}

PeerReply LoopbackPeer::replyFor(const PeerRequest &request) {
    const auto route = m_routes.constFind(request.path());
    if (route != m_routes.cend())
        return *route;
    if (!m_queue.isEmpty())
        return m_queue.dequeue();
    return m_fallback;
}

void LoopbackPeer::onNewConnection() {
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(nullptr); // owned through m_connections, so the destructor can abort it first
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 written) {
            const auto connection = m_connections.constFind(socket);
            if (connection != m_connections.cend() && connection->streaming) {
                m_streamed += written;
                pumpStream(socket);
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            const Connection connection = m_connections.take(socket);
            if (connection.streaming) {
                m_streamEnded = true;
                m_streamCut = connection.streamRemaining > 0;
            }
            socket->deleteLater();
        });
    }
}

void LoopbackPeer::onReadyRead(QTcpSocket *socket) {
    auto connection = m_connections.find(socket);
    if (connection == m_connections.end())
        return;
    connection->buffer.append(socket->readAll());
    while (std::optional<PeerRequest> request = takeRequest(*connection)) {
        m_requests.append(*request);
        respond(socket, replyFor(*request));
        connection = m_connections.find(socket);
        if (connection == m_connections.end())
            return;
    }
}

std::optional<PeerRequest> LoopbackPeer::takeRequest(Connection &connection) {
    const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    PeerRequest request;
    request.head = connection.buffer.left(headerEnd);
    const QList<QByteArray> lines = request.head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        request.headers.emplaceBack(name, value);
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (connection.buffer.size() - bodyStart < contentLength)
        return std::nullopt;
    request.body = connection.buffer.mid(bodyStart, contentLength);
    connection.buffer.remove(0, bodyStart + contentLength);
    return request;
}

void LoopbackPeer::respond(QTcpSocket *socket, const PeerReply &reply) {
    if (reply.delay.count() <= 0) {
        answer(socket, reply);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(reply.delay, this, [this, guard, reply] {
        if (guard && m_connections.contains(guard))
            answer(guard, reply);
    });
}

void LoopbackPeer::answer(QTcpSocket *socket, const PeerReply &reply) {
    if (reply.kind == PeerReply::Kind::CloseUnanswered) {
        socket->disconnectFromHost();
        return;
    }
    if (reply.kind == PeerReply::Kind::Stall)
        return;
    const bool streaming = reply.kind == PeerReply::Kind::Stream;
    const bool closes = streaming || reply.sendOnly || reply.closeAfterBody || reply.closeDelimited;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        head += name + ": " + value + "\r\n";
    if (reply.declaredLength)
        head += "Content-Length: " + QByteArray::number(*reply.declaredLength) + "\r\n";
    else if (!streaming && !reply.closeDelimited)
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += closes ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";

    socket->write(head + (reply.sendOnly ? reply.body.left(*reply.sendOnly) : reply.body));
    if (streaming) {
        Connection &connection = m_connections[socket];
        connection.streaming = true;
        connection.streamRemaining = reply.streamBytes;
        pumpStream(socket);
        return;
    }
    if (closes)
        socket->disconnectFromHost();
}

void LoopbackPeer::pumpStream(QTcpSocket *socket) {
    const auto connection = m_connections.find(socket);
    if (connection == m_connections.end() || socket->state() != QAbstractSocket::ConnectedState)
        return;
    static const QByteArray filler(fillerChunk, ' ');
    while (connection->streamRemaining > 0 && socket->bytesToWrite() < maxQueued) {
        const qint64 size = qMin(connection->streamRemaining, fillerChunk);
        socket->write(filler.left(size));
        connection->streamRemaining -= size;
    }
    if (connection->streamRemaining == 0 && socket->bytesToWrite() == 0)
        socket->disconnectFromHost();
}

} // namespace LicenseDesk::Testing

// A raw HTTP/1.1 peer on loopback for fault tests: answers, stalls, drops, closes unanswered, streams.
#include "FaultPeer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace LicenseDesk::Testing {

namespace {

constexpr qint64 fillerChunk = 64 * 1024;
// The peer never holds more than this much unsent filler: a 100 MB stream costs it kilobytes.
constexpr qint64 maxQueued = 4 * fillerChunk;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

} // namespace

struct FaultPeer::Connection {
    QByteArray buffer;
    qint64 streamRemaining = 0;
    bool streaming = false;
};

FaultReply FaultReply::json(const QByteArray &body, int status) {
    FaultReply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

FaultReply FaultReply::html(const QByteArray &body, int status) {
    FaultReply reply = json(body, status);
    reply.contentType = "text/html; charset=utf-8";
    return reply;
}

FaultReply FaultReply::closeUnanswered() {
    FaultReply reply;
    reply.kind = Kind::CloseUnanswered;
    return reply;
}

FaultReply FaultReply::stall() {
    FaultReply reply;
    reply.kind = Kind::Stall;
    return reply;
}

FaultReply FaultReply::dropMidBody(const QByteArray &body) {
    FaultReply reply = json(body);
    reply.sendOnly = body.size() / 2;
    return reply;
}

FaultReply FaultReply::stream(qint64 bytes, bool announceLength) {
    FaultReply reply;
    reply.kind = Kind::Stream;
    reply.streamBytes = bytes;
    if (announceLength)
        reply.declaredLength = bytes;
    return reply;
}

FaultPeer::FaultPeer(QObject *parent)
    : QObject(parent) {
    m_fallback = FaultReply::json("{\"Error\":true,\"ErrorType\":\"SoNotFoundException\","
                                  "\"ErrorMessage\":\"No route in the fault peer\"}",
                                  404);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultPeer::onNewConnection);
}

FaultPeer::~FaultPeer() {
    m_server.close();
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
        delete it.key();
        delete it.value();
    }
}

bool FaultPeer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FaultPeer::apiRoot() const {
    return QStringLiteral("http://127.0.0.1:%1/api").arg(port());
}

QString FaultPeer::refusingApiRoot() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("http://127.0.0.1:%1/api").arg(port);
}

void FaultPeer::route(const QByteArray &path, const FaultReply &reply) {
    m_routes.insert(path, reply);
}

void FaultPeer::setFallback(const FaultReply &reply) {
    m_fallback = reply;
}

qsizetype FaultPeer::requestCount(const QByteArray &path) const {
    return std::count_if(m_requests.cbegin(), m_requests.cend(),
                         [&](const PeerRequest &request) { return request.path == path; });
}

FaultReply FaultPeer::replyFor(const PeerRequest &request) const {
    return m_routes.value(request.path, m_fallback);
}

void FaultPeer::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(nullptr); // owned through m_connections, so the destructor can abort it first
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 written) {
            Connection *connection = m_connections.value(socket);
            if (connection && connection->streaming) {
                m_streamed += written;
                pumpStream(socket);
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            Connection *connection = m_connections.take(socket);
            if (connection && connection->streaming) {
                m_streamEnded = true;
                m_streamCut = connection->streamRemaining > 0;
            }
            delete connection;
            socket->deleteLater();
        });
    }
}

void FaultPeer::onReadyRead(QTcpSocket *socket) {
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->buffer.append(socket->readAll());
    for (;;) {
        const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = connection->buffer.left(headerEnd);
        qint64 length = 0;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (connection->buffer.size() < headerEnd + 4 + length)
            return;
        PeerRequest request;
        const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        request.path = target.left(target.contains('?') ? target.indexOf('?') : target.size());
        request.headers = head;
        request.body = connection->buffer.mid(headerEnd + 4, length);
        connection->buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);

        const FaultReply reply = replyFor(request);
        if (reply.delay.count() > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(reply.delay, this, [this, guard, reply] {
                if (guard && m_connections.contains(guard))
                    answer(guard, reply);
            });
        } else {
            answer(socket, reply);
        }
        if (!m_connections.contains(socket))
            return;
    }
}

void FaultPeer::answer(QTcpSocket *socket, const FaultReply &reply) {
    switch (reply.kind) {
    case FaultReply::Kind::CloseUnanswered:
        socket->disconnectFromHost();
        return;
    case FaultReply::Kind::Stall:
        return;
    case FaultReply::Kind::Answer:
    case FaultReply::Kind::Stream:
        break;
    }
    const bool streaming = reply.kind == FaultReply::Kind::Stream;
    const bool closes = streaming || reply.sendOnly || reply.closeAfterBody;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) +
        "\r\nContent-Type: " + (streaming ? QByteArray("application/json") : reply.contentType) + "\r\n" +
        reply.extraHeaders;
    if (reply.declaredLength)
        head += "Content-Length: " + QByteArray::number(*reply.declaredLength) + "\r\n";
    else if (!streaming)
        head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += closes ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";

    if (streaming) {
        Connection *connection = m_connections.value(socket);
        connection->streaming = true;
        connection->streamRemaining = reply.streamBytes;
        socket->write(head);
        pumpStream(socket);
        return;
    }
    socket->write(head + (reply.sendOnly ? reply.body.left(*reply.sendOnly) : reply.body));
    if (closes)
        socket->disconnectFromHost();
}

void FaultPeer::pumpStream(QTcpSocket *socket) {
    Connection *connection = m_connections.value(socket);
    if (!connection || socket->state() != QAbstractSocket::ConnectedState)
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

// A scripted HTTP/1.1 server on loopback for network tests: records raw requests, plays responses.
#include "TestHttpPeer.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace LicenseDesk::Testing {

namespace {

constexpr qint64 fillerChunk = 64 * 1024;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 421:
        return "Misdirected Request";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

struct TestHttpPeer::Connection {
    QByteArray buffer;
};

QByteArray RecordedRequest::header(const QByteArray &name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(const QByteArray &name) const {
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray RecordedRequest::path() const {
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

ScriptedResponse ScriptedResponse::json(const QByteArray &body, int status) {
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers.emplaceBack("Content-Type", "application/json; charset=utf-8");
    return response;
}

ScriptedResponse ScriptedResponse::html(const QByteArray &body, int status) {
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers.emplaceBack("Content-Type", "text/html; charset=utf-8");
    return response;
}

ScriptedResponse ScriptedResponse::redirect(int status, const QByteArray &location) {
    ScriptedResponse response;
    response.status = status;
    response.headers.emplaceBack("Location", location);
    return response;
}

TestHttpPeer::TestHttpPeer(QObject *parent)
    : QObject(parent) {
    m_fallback = ScriptedResponse::json(
        "{\"Error\":true,\"ErrorType\":\"SoNotFoundException\","
        "\"ErrorMessage\":\"No route in the test peer\",\"ErrorSource\":\"TestHttpPeer\"}",
        404);
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpPeer::onNewConnection);
}

TestHttpPeer::~TestHttpPeer() {
    m_server.close();
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        disconnect(it.key(), nullptr, this, nullptr);
        it.key()->abort();
        delete it.value();
    }
}

bool TestHttpPeer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 TestHttpPeer::port() const {
    return m_server.serverPort();
}

QUrl TestHttpPeer::url(const QString &path) const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void TestHttpPeer::route(const QByteArray &path, const ScriptedResponse &response) {
    m_routes.insert(path, response);
}

void TestHttpPeer::enqueue(const ScriptedResponse &response) {
    m_queue.enqueue(response);
}

void TestHttpPeer::setFallback(const ScriptedResponse &response) {
    m_fallback = response;
}

bool TestHttpPeer::waitForRequests(qsizetype count, int timeoutMs) {
    return QTest::qWaitFor([&] { return m_requests.size() >= count; }, timeoutMs);
}

void TestHttpPeer::onNewConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, new Connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            delete m_connections.take(socket);
            socket->deleteLater();
        });
    }
}

void TestHttpPeer::onReadyRead(QTcpSocket *socket) {
    Connection *connection = m_connections.value(socket);
    if (!connection)
        return;
    connection->buffer.append(socket->readAll());
    RecordedRequest request;
    while (parseRequest(*connection, request)) {
        m_requests.append(request);
        emit requestReceived(request);
        respond(socket, responseFor(request));
        request = RecordedRequest();
    }
}

bool TestHttpPeer::parseRequest(Connection &connection, RecordedRequest &request) {
    const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qint64 contentLength = 0;
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
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
        return false;
    request.body = connection.buffer.mid(bodyStart, contentLength);
    connection.buffer.remove(0, bodyStart + contentLength);
    return true;
}

ScriptedResponse TestHttpPeer::responseFor(const RecordedRequest &request) {
    const auto route = m_routes.constFind(request.path());
    if (route != m_routes.cend())
        return *route;
    if (!m_queue.isEmpty())
        return m_queue.dequeue();
    return m_fallback;
}

void TestHttpPeer::respond(QTcpSocket *socket, const ScriptedResponse &response) {
    if (response.delay.count() <= 0) {
        send(socket, response);
        return;
    }
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(response.delay, this, [this, guard, response] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            send(guard, response);
    });
}

void TestHttpPeer::send(QTcpSocket *socket, const ScriptedResponse &response) {
    const bool closes = response.closeDelimited || response.streamedBytes > 0 || response.dropMidBody ||
                        response.closeAfterBody;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!response.closeDelimited && response.streamedBytes == 0)
        head +=
            "Content-Length: " + QByteArray::number(response.declaredLength.value_or(response.body.size())) +
            "\r\n";
    head += closes ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";

    if (response.dropMidBody) {
        socket->write(head + response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    socket->write(head + response.body);
    if (response.streamedBytes > 0) {
        streamFiller(socket, response.streamedBytes);
        return;
    }
    if (closes)
        socket->disconnectFromHost();
}

void TestHttpPeer::streamFiller(QTcpSocket *socket, qint64 remaining) {
    // Write in small steps driven by bytesWritten, so a client that aborts stops the stream early.
    auto pending = std::make_shared<qint64>(remaining);
    auto pump = [socket, pending] {
        while (*pending > 0 && socket->bytesToWrite() < 4 * fillerChunk) {
            const qint64 size = qMin(*pending, fillerChunk);
            socket->write(QByteArray(size, 'x'));
            *pending -= size;
        }
        if (*pending == 0) {
            *pending = -1;
            socket->disconnectFromHost();
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

} // namespace LicenseDesk::Testing

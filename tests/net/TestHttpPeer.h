// A scripted HTTP/1.1 server on loopback for network tests: records raw requests, plays responses.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QTcpServer>
#include <QUrl>
#include <chrono>
#include <optional>

class QTcpSocket;

namespace LicenseDesk::Testing {

/// One request exactly as it arrived on the socket.
struct RecordedRequest {
    QByteArray method;
    QByteArray target; ///< the request target as sent, percent-encoding included ("/api/v1/License/A%20B")
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// The value of the first header with this name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    /// The target without the query string.
    QByteArray path() const;
};

/// What the peer answers with.
struct ScriptedResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::chrono::milliseconds delay{0};   ///< wait this long before sending anything
    bool dropMidBody = false;             ///< send the headers and half the body, then close the connection
    std::optional<qint64> declaredLength; ///< a Content-Length to announce instead of the real one
    bool closeAfterBody = false;          ///< close the connection once the body is written
    bool closeDelimited = false;          ///< no Content-Length: the body ends when the connection closes
    qint64 streamedBytes = 0; ///< after body, stream this many filler bytes (close-delimited, chunk by chunk)

    static ScriptedResponse json(const QByteArray &body, int status = 200);
    static ScriptedResponse html(const QByteArray &body, int status);
    static ScriptedResponse redirect(int status, const QByteArray &location);
};

class TestHttpPeer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestHttpPeer)

public:
    explicit TestHttpPeer(QObject *parent = nullptr);
    ~TestHttpPeer() override;

    /// Binds 127.0.0.1 on a free port; false when that failed.
    bool listen();
    quint16 port() const;
    /// "http://127.0.0.1:<port>" plus path.
    QUrl url(const QString &path = QString()) const;

    /// Answers requests whose path (without query) is exactly path, every time.
    void route(const QByteArray &path, const ScriptedResponse &response);
    /// Answers the next request that has no route (first in, first out).
    void enqueue(const ScriptedResponse &response);
    /// Answers requests with no route and an empty queue (default: 404 with a JSON error body).
    void setFallback(const ScriptedResponse &response);

    const QList<RecordedRequest> &requests() const { return m_requests; }
    /// Waits (spinning the event loop) until at least count requests arrived.
    bool waitForRequests(qsizetype count, int timeoutMs = 5000);

signals:
    void requestReceived(const LicenseDesk::Testing::RecordedRequest &request);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    bool parseRequest(Connection &connection, RecordedRequest &request);
    ScriptedResponse responseFor(const RecordedRequest &request);
    void respond(QTcpSocket *socket, const ScriptedResponse &response);
    void send(QTcpSocket *socket, const ScriptedResponse &response);
    void streamFiller(QTcpSocket *socket, qint64 remaining);

    QTcpServer m_server;
    QHash<QTcpSocket *, Connection *> m_connections;
    QHash<QByteArray, ScriptedResponse> m_routes;
    QQueue<ScriptedResponse> m_queue;
    ScriptedResponse m_fallback;
    QList<RecordedRequest> m_requests;
};

} // namespace LicenseDesk::Testing

// A raw HTTP/1.1 peer on loopback for fault tests: answers, stalls, drops, closes unanswered, streams.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <chrono>
#include <optional>

class QTcpSocket;

namespace LicenseDesk::Testing {

/// One request as it arrived: method, target and the full body.
struct PeerRequest {
    QByteArray method;
    QByteArray path; ///< the target without the query string
    QByteArray headers;
    QByteArray body;
};

/// How the peer treats one request.
struct FaultReply {
    enum class Kind {
        Answer,          ///< status line, headers, body
        CloseUnanswered, ///< read the whole request, then close without a single byte of answer
        Stall,           ///< read the request and never answer
        Stream,          ///< headers, then streamBytes filler bytes written only as fast as the client reads
    };
    Kind kind = Kind::Answer;
    int status = 200;
    QByteArray contentType = "application/json; charset=utf-8";
    QByteArray extraHeaders; ///< raw "Name: value\r\n" lines
    QByteArray body;
    std::optional<qint64> declaredLength; ///< a Content-Length other than the body's (none: the real one)
    std::optional<qint64> sendOnly;       ///< write only this many body bytes, then close the connection
    bool closeAfterBody = false;
    std::chrono::milliseconds delay{0}; ///< wait this long before answering
    qint64 streamBytes = 0;

    static FaultReply json(const QByteArray &body, int status = 200);
    static FaultReply html(const QByteArray &body, int status);
    static FaultReply closeUnanswered();
    static FaultReply stall();
    /// Headers and half of body (announced whole), then the connection closes.
    static FaultReply dropMidBody(const QByteArray &body);
    /// A 200 of bytes filler; announceLength puts the size in Content-Length, else the close ends it.
    static FaultReply stream(qint64 bytes, bool announceLength);
};

class FaultPeer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultPeer)

public:
    explicit FaultPeer(QObject *parent = nullptr);
    ~FaultPeer() override;

    /// Binds 127.0.0.1 on a free port.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /// "http://127.0.0.1:PORT/api".
    QString apiRoot() const;
    /// A loopback URL where nothing listens (the port was bound, then released).
    static QString refusingApiRoot();

    /// Answers requests whose path is exactly path (replacing an earlier route).
    void route(const QByteArray &path, const FaultReply &reply);
    /// Answers every request without a route (default: 404 with a SuperOffice error body).
    void setFallback(const FaultReply &reply);

    const QList<PeerRequest> &requests() const { return m_requests; }
    qsizetype requestCount(const QByteArray &path) const;

    /// Filler bytes the streaming replies handed to the operating system so far.
    qint64 streamedBytes() const { return m_streamed; }
    /// Whether a stream ended because the client closed the connection before it was complete.
    bool streamCutByClient() const { return m_streamCut; }
    /// Whether a streaming connection has ended (either way).
    bool streamEnded() const { return m_streamEnded; }

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const FaultReply &reply);
    void pumpStream(QTcpSocket *socket);
    FaultReply replyFor(const PeerRequest &request) const;

    QTcpServer m_server;
    QHash<QTcpSocket *, Connection *> m_connections;
    QHash<QByteArray, FaultReply> m_routes;
    FaultReply m_fallback;
    QList<PeerRequest> m_requests;
    qint64 m_streamed = 0;
    bool m_streamCut = false;
    bool m_streamEnded = false;
};

} // namespace LicenseDesk::Testing

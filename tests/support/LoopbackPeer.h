// The one loopback HTTP(S)/1.1 server of the tests: records raw requests, plays scripted replies and faults.
#pragma once

#include "SelfSignedCertificate.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QUrl>
#include <chrono>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

namespace LicenseDesk::Testing {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

/// One request exactly as it arrived on the socket.
struct PeerRequest {
    QByteArray method;
    QByteArray target; ///< as sent, percent-encoding included ("/api/v1/License/A%20B")
    QByteArray head;   ///< the request line and every header line, raw
    HeaderList headers;
    QByteArray body;

    /// The value of the first header with this name (case-insensitive); empty when absent.
    QByteArray header(const QByteArray &name) const;
    bool hasHeader(const QByteArray &name) const;
    /// The target without the query string.
    QByteArray path() const;
};

/// How the peer treats one request.
struct PeerReply {
    enum class Kind {
        Answer,          ///< status line, headers, body
        CloseUnanswered, ///< read the whole request, then close without a single byte of answer
        Stall,           ///< read the request and never answer
        Stream,          ///< headers and body, then streamBytes filler written only as fast as the client reads
    };
    Kind kind = Kind::Answer;
    int status = 200;
    HeaderList headers;
    QByteArray body;
    std::optional<qint64> declaredLength; ///< a Content-Length other than the body's
    std::optional<qint64> sendOnly;       ///< write only this many body bytes, then close the connection
    bool closeAfterBody = false;          ///< close the connection once the body is written
    bool closeDelimited = false;          ///< no Content-Length: the body ends when the connection closes
    std::chrono::milliseconds delay{0};   ///< wait this long before answering
    qint64 streamBytes = 0;

    static PeerReply json(const QByteArray &body, int status = 200);
    static PeerReply html(const QByteArray &body, int status);
    static PeerReply redirect(int status, const QByteArray &location);
    static PeerReply closeUnanswered();
    static PeerReply stall();
    /// Headers and half of body (announced whole), then the connection closes.
    static PeerReply dropMidBody(const QByteArray &body);
    /// A 200 of bytes filler; announceLength puts the size in Content-Length, else the close ends it.
    static PeerReply stream(qint64 bytes, bool announceLength);

    /// This reply with one more header line.
    PeerReply withHeader(const QByteArray &name, const QByteArray &value) const;
};

class LoopbackPeer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackPeer)

public:
    /// Plain HTTP.
    explicit LoopbackPeer(QObject *parent = nullptr);
    /// HTTPS with certificate (the client must trust or pin it).
    explicit LoopbackPeer(const SelfSignedCertificate &certificate, QObject *parent = nullptr);
    ~LoopbackPeer() override;

    /// Binds 127.0.0.1 on a free port; false when that failed.
    bool listen();
    quint16 port() const;
    /// "http(s)://127.0.0.1:<port>" plus path.
    QUrl url(const QString &path = QString()) const;
    /// url("/api") as text, the API root the CLI and the GUI are given.
    QString apiRoot() const;
    /// A loopback API root where nothing listens (the port was bound, then released).
    static QString refusingApiRoot();

    /// Answers requests whose path (without query) is exactly path, every time (replaces an earlier route).
    void route(const QByteArray &path, const PeerReply &reply);
    /// Answers the next request that has no route (first in, first out).
    void enqueue(const PeerReply &reply);
    /// Answers requests with no route and an empty queue (default: 404 with a SuperOffice error body).
    void setFallback(const PeerReply &reply);

    const QList<PeerRequest> &requests() const { return m_requests; }
    qsizetype requestCount(const QByteArray &path) const;

    /// Filler bytes the streaming replies handed to the operating system so far.
    qint64 streamedBytes() const { return m_streamed; }
    /// Whether a stream ended because the client closed the connection before it was complete.
    bool streamCutByClient() const { return m_streamCut; }
    /// Whether a streaming connection has ended (either way).
    bool streamEnded() const { return m_streamEnded; }

private:
    struct Connection {
        QByteArray buffer;
        qint64 streamRemaining = 0;
        bool streaming = false;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    std::optional<PeerRequest> takeRequest(Connection &connection);
    PeerReply replyFor(const PeerRequest &request);
    void respond(QTcpSocket *socket, const PeerReply &reply);
    void answer(QTcpSocket *socket, const PeerReply &reply);
    void pumpStream(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QHash<QTcpSocket *, Connection> m_connections;
    QHash<QByteArray, PeerReply> m_routes;
    QQueue<PeerReply> m_queue;
    PeerReply m_fallback;
    QList<PeerRequest> m_requests;
    qint64 m_streamed = 0;
    bool m_streamCut = false;
    bool m_streamEnded = false;
};

} // namespace LicenseDesk::Testing

Q_DECLARE_METATYPE(LicenseDesk::Testing::PeerReply)

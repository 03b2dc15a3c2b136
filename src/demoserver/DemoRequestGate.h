// Looks at each request's head on a connection before Qt HttpServer buffers the body behind it.
#pragma once

#include "DemoReply.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QTcpSocket;

namespace LicenseDesk {

/// The request line and headers of one request, as sent.
struct DemoRequestHead {
    QByteArray method;
    QByteArray target; ///< "/api/v1/License?x", percent-encoding kept
    QList<std::pair<QByteArray, QByteArray>> headers;

    /// The value of the first header with this name (case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
};

/// Qt HttpServer 6.4 calls a handler only once the whole body is in memory and has no limit of its
/// own. The gate sees every byte first (connected to readyRead before the server), follows the
/// requests' framing, and asks check() about each head: a reply refuses the request at once, before
/// any of its body is read; the connection then closes and the server never sees it. Bytes that
/// arrived in the same read before a refused head are dropped too: only a pipelining client sends
/// them, and Qt HttpServer 6.4 cannot answer pipelined requests anyway.
class DemoRequestGate final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoRequestGate)

public:
    using Check = std::function<std::optional<DemoReply>(const DemoRequestHead &head, qint64 bodyLength)>;

    /// Heads larger than this are refused with 431.
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

    /// Watches socket (a child of it); httpServer is cut off from a socket whose request is refused.
    DemoRequestGate(QTcpSocket *socket, QObject *httpServer, Check check);

    /// The reply as HTTP/1.1 bytes, with "Connection: close".
    static QByteArray serialise(const DemoReply &reply);

private:
    enum class Stage { Head, Body, Refused };

    void onReadyRead();
    /// Follows the framing through newly arrived bytes; a refusal when a head fails the check.
    std::optional<DemoReply> follow(QByteArray bytes);
    std::optional<DemoReply> startBody(const QByteArray &head);
    void refuse(const DemoReply &reply);

    QTcpSocket *m_socket;
    QPointer<QObject> m_httpServer;
    Check m_check;
    Stage m_stage = Stage::Head;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
};

} // namespace LicenseDesk

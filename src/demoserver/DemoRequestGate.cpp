// HTTP/1.1 framing just deep enough to find each request's head and skip its Content-Length body.
#include "DemoRequestGate.h"

#include "DemoRouter.h"

#include <QTcpSocket>
#include <QTimer>

namespace LicenseDesk {

using namespace Qt::StringLiterals;

namespace {

// A refused client may still be sending its body: closing at once could reset the connection
// before it reads the answer, so the rest is read and dropped for a moment first.
constexpr int kLingerMs = 2000;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 411:
        return "Length Required"_ba;
    case 413:
        return "Content Too Large"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    default:
        return "Error"_ba;
    }
}

std::optional<DemoRequestHead> parseHead(const QByteArray &head) {
    const QList<QByteArray> lines = head.trimmed().split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3)
        return std::nullopt;
    DemoRequestHead parsed{requestLine[0], requestLine[1], {}};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        parsed.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    return parsed;
}

} // namespace

QByteArray DemoRequestHead::header(QByteArrayView name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

DemoRequestGate::DemoRequestGate(QTcpSocket *socket, QObject *httpServer, Check check)
    : QObject(socket)
    , m_socket(socket)
    , m_httpServer(httpServer)
    , m_check(std::move(check)) {
    connect(socket, &QTcpSocket::readyRead, this, &DemoRequestGate::onReadyRead);
}

QByteArray DemoRequestGate::serialise(const DemoReply &reply) {
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Connection: close\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + reply.body;
}

void DemoRequestGate::onReadyRead() {
    if (m_stage == Stage::Refused) {
        m_socket->readAll();
        return;
    }
    // Qt HttpServer reads everything on each readyRead, after this slot: what is unread is new.
    if (const std::optional<DemoReply> refusal = follow(m_socket->peek(m_socket->bytesAvailable())))
        refuse(*refusal);
}

std::optional<DemoReply> DemoRequestGate::follow(QByteArray bytes) {
    while (!bytes.isEmpty()) {
        if (m_stage == Stage::Body) {
            const qint64 taken = std::min<qint64>(m_bodyLeft, bytes.size());
            m_bodyLeft -= taken;
            bytes.remove(0, qsizetype(taken));
            if (m_bodyLeft == 0)
                m_stage = Stage::Head;
            continue;
        }
        m_head += bytes;
        bytes.clear();
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > MaxHeadBytes)
                return DemoRouter::error(431, u"ArgumentException"_s,
                                         tr("The request headers are too large."));
            return std::nullopt;
        }
        bytes = m_head.mid(end + 4);
        const QByteArray head = m_head.left(end);
        m_head.clear();
        if (head.trimmed().isEmpty())
            continue; // blank lines between requests
        if (std::optional<DemoReply> refusal = startBody(head))
            return refusal;
    }
    return std::nullopt;
}

std::optional<DemoReply> DemoRequestGate::startBody(const QByteArray &head) {
    const std::optional<DemoRequestHead> parsed = parseHead(head);
    if (!parsed)
        return DemoRouter::error(400, u"ArgumentException"_s,
                                 tr("The request line or a header is malformed."));
    if (!parsed->header("Transfer-Encoding").isEmpty())
        return DemoRouter::error(411, u"ArgumentException"_s,
                                 tr("Send the body with a Content-Length header."));
    const QByteArray declared = parsed->header("Content-Length");
    bool ok = declared.isEmpty();
    const qint64 length = ok ? 0 : declared.toLongLong(&ok);
    if (!ok || length < 0)
        return DemoRouter::error(400, u"ArgumentException"_s,
                                 tr("The Content-Length header is not a number."));
    if (std::optional<DemoReply> refusal = m_check(*parsed, length))
        return refusal;
    m_bodyLeft = length;
    m_stage = length > 0 ? Stage::Body : Stage::Head;
    return std::nullopt;
}

void DemoRequestGate::refuse(const DemoReply &reply) {
    m_stage = Stage::Refused;
    if (m_httpServer)
        disconnect(m_socket, nullptr, m_httpServer, nullptr);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->readAll();
    m_socket->write(serialise(reply));
    QTimer::singleShot(kLingerMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
}

} // namespace LicenseDesk

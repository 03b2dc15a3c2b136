// The demo server decides on a request's head, before its body arrives: credentials, the body cap
// and the framing, over a raw loopback socket that sends only what each test says.
#include "DemoHttp.h"
#include "DemoRequestGate.h"
#include "DemoServer.h"
#include "LicenseParser.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kDemoAuthorization = "Basic " + "demo:demo"_ba.toBase64();

QByteArray head(const QByteArray &requestLine, const QList<QByteArray> &headers) {
    QByteArray out = requestLine + "\r\nHost: 127.0.0.1\r\n";
    for (const QByteArray &header : headers)
        out += header + "\r\n";
    return out + "\r\n";
}

} // namespace

class TestDemoRequestGate final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QTcpSocket> m_socket;

    void connectSocket() {
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->setProxy(QNetworkProxy::NoProxy);
        m_socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(m_socket->waitForConnected(10000));
    }

    /// The number of complete answers (head and Content-Length body) at the start of received.
    static int answerCount(const QByteArray &received) {
        int found = 0;
        qsizetype from = 0;
        for (;;) {
            const qsizetype end = received.indexOf("\r\n\r\n", from);
            if (end < 0)
                return found;
            const QByteArray headers = received.mid(from, end - from).toLower();
            const qsizetype at = headers.indexOf("content-length:");
            const qint64 length =
                at < 0 ? 0 : headers.mid(at + 15).split('\r').first().trimmed().toLongLong();
            if (received.size() < end + 4 + length)
                return found;
            from = end + 4 + length;
            ++found;
        }
    }

    /// Everything the server sent until it has sent count answers, or closed the connection.
    QByteArray answers(int count) {
        QByteArray received;
        const bool answered = QTest::qWaitFor(
            [&] {
                received += m_socket->readAll();
                return answerCount(received) >= count ||
                       m_socket->state() == QAbstractSocket::UnconnectedState;
            },
            10000);
        if (!answered)
            qWarning("no complete answer within 10 s; received: %s", received.left(200).constData());
        return received;
    }

private slots:
    void init() {
        m_server = std::make_unique<DemoServer>(DemoServerOptions{});
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        connectSocket();
    }
    void cleanup() {
        m_socket.reset();
        m_server.reset();
    }

    void refusesAnOversizedBodyOnItsHeadAlone() {
        const qint64 tooLarge = DemoServer::MaxBodyBytes + 1;
        m_socket->write(head("POST /api/v1/License HTTP/1.1",
                             {"Authorization: " + kDemoAuthorization, "Content-Type: application/json",
                              "Content-Length: " + QByteArray::number(tooLarge)}));
        // Not a byte of the body is sent: the answer can only come from the head.
        const QByteArray answer = answers(1);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        const auto error = parseWebApiError(body);
        QVERIFY2(error, body.constData());
        QVERIFY(error->errorMessage.contains(u"8 MiB"_s));
    }

    void refusesMissingCredentialsBeforeTheBody_data() {
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("wrong password") << "Authorization: Basic " + "demo:nope"_ba.toBase64();
    }
    void refusesMissingCredentialsBeforeTheBody() {
        QFETCH(QByteArray, authorization);
        QList<QByteArray> headers{"Content-Type: application/json", "Content-Length: 1000"};
        if (!authorization.isEmpty())
            headers.append(authorization);
        m_socket->write(head("POST /api/v1/Agents/License/GetLicenseFromDB HTTP/1.1", headers));
        const QByteArray answer = answers(1);
        QVERIFY2(answer.startsWith("HTTP/1.1 401 "), answer.constData());
        QVERIFY(answer.contains("WWW-Authenticate: Basic realm=\"SuperOffice\"\r\n"));
        QVERIFY(answer.contains("UnauthorizedAccessException"));
    }

    void readsABodyUpToTheCap() {
        // A body of exactly the cap is read and judged by the router: not JSON, so 400, never 413.
        const QByteArray body(qsizetype(DemoServer::MaxBodyBytes), 'x');
        m_socket->write(head("POST /api/v1/License HTTP/1.1",
                             {"Authorization: " + kDemoAuthorization, "Content-Type: application/json",
                              "Content-Length: " + QByteArray::number(body.size())}) +
                        body);
        const QByteArray answer = answers(1);
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.left(200).constData());
    }

    void followsRequestsOneAfterAnotherOnAConnection() {
        const QByteArray body = R"({"OwnerName":"SUPEROFFICE"})";
        m_socket->write(head("POST /api/v1/Agents/License/GetLicenseFromDB HTTP/1.1",
                             {"Authorization: " + kDemoAuthorization, "Content-Type: application/json",
                              "Content-Length: " + QByteArray::number(body.size())}) +
                        body);
        const QByteArray first = answers(1);
        QVERIFY2(first.startsWith("HTTP/1.1 200 "), first.left(200).constData());
        // The same connection: the gate must have skipped exactly the first body to read this head.
        m_socket->write(head("GET /api/v1/License/ACMEDOCS HTTP/1.1", {"Authorization: Basic eDp5"}));
        const QByteArray second = answers(1);
        QVERIFY2(second.startsWith("HTTP/1.1 401 "), second.left(200).constData());
    }

    void refusesAChunkedBody() {
        m_socket->write(head("POST /api/v1/License HTTP/1.1",
                             {"Authorization: " + kDemoAuthorization, "Transfer-Encoding: chunked"}));
        const QByteArray answer = answers(1);
        QVERIFY2(answer.startsWith("HTTP/1.1 411 "), answer.constData());
    }

    void refusesAnEndlessHead() {
        const QByteArray filler = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
        QByteArray request = "GET /api/v1/License HTTP/1.1\r\n";
        while (request.size() <= DemoRequestGate::MaxHeadBytes)
            request += filler;
        m_socket->write(request);
        const QByteArray answer = answers(1);
        QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(200).constData());
    }
};

QTEST_GUILESS_MAIN(TestDemoRequestGate)
#include "tst_demorequestgate.moc"

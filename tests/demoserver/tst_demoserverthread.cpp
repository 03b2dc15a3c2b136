// The demo server on its own thread (the GUI's --demo): it answers while the calling thread waits,
// reports a failed start, and stops cleanly when destroyed.
#include "DemoHttp.h"
#include "DemoServerThread.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Test;
using namespace Qt::StringLiterals;

class TestDemoServerThread final : public QObject {
    Q_OBJECT

private slots:
    void answersFromItsOwnThread() {
        DemoServerThread server(DemoServerOptions{});
        server.start();
        QVERIFY2(server.waitUntilListening(), qPrintable(server.errorString()));
        QVERIFY(server.waitUntilListening()); // asking again does not block
        QVERIFY(server.port() > 0);
        QCOMPARE(server.apiRoot().toString(), u"http://127.0.0.1:%1/api"_s.arg(server.port()));

        DemoHttp http(server.apiRoot());
        const HttpResult owners = http.get(u"v1/License"_s);
        QCOMPARE(owners.status, 200);
        QCOMPARE(owners.json().array().size(), 4);
    }

    void failedStartIsReportedWithTheReason() {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(u"file-not-dir"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DemoServerOptions options;
        options.dataFile = dir.filePath(u"file-not-dir/demo.json"_s);

        DemoServerThread server(options);
        server.start();
        QVERIFY(!server.waitUntilListening());
        QVERIFY2(server.errorString().contains("demo data file"_L1), qPrintable(server.errorString()));
        QVERIFY(server.wait(10000)); // nothing to serve: the thread has ended
    }

    void destroyingItStopsTheServer() {
        quint16 port = 0;
        {
            DemoServerThread server(DemoServerOptions{});
            server.start();
            QVERIFY(server.waitUntilListening());
            port = server.port();
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!socket.waitForConnected(2000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }
};

QTEST_GUILESS_MAIN(TestDemoServerThread)
#include "tst_demoserverthread.moc"

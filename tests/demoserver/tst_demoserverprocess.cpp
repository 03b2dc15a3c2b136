// The licensedesk-demo-server executable: its first stdout line, serving, and refusing bad arguments.
#include "DemoHttp.h"
#include "DemoServer.h"
#include "LicenseParser.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Test;
using namespace Qt::StringLiterals;

class TestDemoServerProcess final : public QObject {
    Q_OBJECT

private:
    static QString executable() {
        return QStringLiteral(LICENSEDESK_BIN_DIR) + u"/licensedesk-demo-server"_s;
    }

    void start(QProcess &process, const QStringList &arguments) {
        process.setProgram(executable());
        process.setArguments(arguments);
        process.start();
        QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    }

    static void stop(QProcess &process) {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished(5000);
            }
        }
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(executable()), qPrintable(executable())); }

    void printsTheListeningLineFirstAndServes() {
        QProcess process;
        start(process, {u"--port"_s, u"0"_s, u"--data"_s, m_dir.filePath(u"process.json"_s)});
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, 15000);
        const QString line = QString::fromUtf8(process.readLine()).chopped(1);
        const QRegularExpressionMatch match =
            QRegularExpression(u"^listening on http://127\\.0\\.0\\.1:(\\d+)/api$"_s).match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        const int port = match.captured(1).toInt();
        QVERIFY(port > 0 && port < 65536);

        QUrl root;
        root.setScheme(u"http"_s);
        root.setHost(u"127.0.0.1"_s);
        root.setPort(port);
        root.setPath(u"/api"_s);
        DemoHttp http(root);
        const HttpResult r = http.get(u"v1/License"_s);
        QCOMPARE(r.status, 200);
        const auto owners = parseExtendedLicenseInfoList(r.body);
        QVERIFY(owners.ok());
        QCOMPARE(owners.value->first().ownerName(), u"SUPEROFFICE"_s);
        stop(process);
        QVERIFY(QFile::exists(m_dir.filePath(u"process.json"_s)));
    }

    void acceptsCustomCredentials() {
        QProcess process;
        start(process, {u"--port"_s, u"0"_s, u"--data"_s, m_dir.filePath(u"creds.json"_s), u"--user"_s,
                        u"admin"_s, u"--password"_s, u"pw"_s});
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, 15000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        DemoHttp http(QUrl(line.section(u' ', 2)));
        QCOMPARE(http.get(u"v1/License"_s).status, 401);
        http.authorization = "Basic " + "admin:pw"_ba.toBase64();
        QCOMPARE(http.get(u"v1/License"_s).status, 200);
        // The ticket and token printed in the sources must not open a server with its own password.
        http.authorization = "SOTicket " + QByteArray(DemoServer::DemoTicket.data());
        QCOMPARE(http.get(u"v1/License"_s).status, 401);
        http.authorization = "Bearer " + QByteArray(DemoServer::DemoToken.data());
        QCOMPARE(http.get(u"v1/License"_s).status, 401);
        stop(process);
    }

    void acceptsTheTicketAndTokenItIsGiven() {
        QProcess process;
        start(process, {u"--port"_s, u"0"_s, u"--data"_s, m_dir.filePath(u"ticket.json"_s), u"--password"_s,
                        u"pw"_s, u"--ticket"_s, u"7T:b3duLXRpY2tldA=="_s, u"--token"_s, u"own-token"_s});
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, 15000);
        DemoHttp http(QUrl(QString::fromUtf8(process.readLine()).trimmed().section(u' ', 2)));
        http.authorization = "SOTicket 7T:b3duLXRpY2tldA=="_ba;
        QCOMPARE(http.get(u"v1/License"_s).status, 200);
        http.authorization = "Bearer own-token"_ba;
        QCOMPARE(http.get(u"v1/License"_s).status, 200);
        http.authorization = "SOTicket " + QByteArray(DemoServer::DemoTicket.data());
        QCOMPARE(http.get(u"v1/License"_s).status, 401);
        stop(process);
    }

    void refusesToOverwriteAFileThatIsNotItsState_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << "my notes\nline two\n"_ba;
        QTest::newRow("another program's JSON") << R"({"theme": "dark", "recent": ["a.txt"]})"_ba;
        QTest::newRow("a JSON array") << "[1, 2, 3]"_ba;
    }
    void refusesToOverwriteAFileThatIsNotItsState() {
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(u"precious.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        for (const QStringList &extra : {QStringList(), QStringList{u"--reset"_s}}) {
            QProcess process;
            start(process, QStringList{u"--port"_s, u"0"_s, u"--data"_s, path} + extra);
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitCode(), 1);
            QVERIFY(process.readAllStandardOutput().isEmpty());
            const QString error = QString::fromUtf8(process.readAllStandardError());
            QVERIFY2(error.contains(u"is not a demo server data file"_s), qPrintable(error));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content);
            file.close();
        }
    }

    void warnsOnlyWhenReachableFromOtherMachines_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("warns");
        QTest::newRow("loopback") << u"127.0.0.1"_s << false;
        QTest::newRow("every address") << u"0.0.0.0"_s << true;
    }
    void warnsOnlyWhenReachableFromOtherMachines() {
        QFETCH(QString, address);
        QFETCH(bool, warns);
        QProcess process;
        start(process,
              {u"--port"_s, u"0"_s, u"--bind"_s, address, u"--data"_s, m_dir.filePath(u"bind.json"_s)});
        QByteArray error;
        // "Demo data: FILE" is the last line the server prints on start.
        QTRY_VERIFY_WITH_TIMEOUT((error += process.readAllStandardError()).contains("Demo data: "), 15000);
        QCOMPARE(error.contains("reachable from other machines"), warns);
        stop(process);
    }

    void noAuthServesRequestsWithoutCredentials() {
        QProcess process;
        start(process, {u"--port"_s, u"0"_s, u"--data"_s, m_dir.filePath(u"noauth.json"_s), u"--no-auth"_s});
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() || process.state() == QProcess::NotRunning, 15000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        DemoHttp http(QUrl(line.section(u' ', 2)));
        http.authorization.clear();
        QCOMPARE(http.get(u"v1/License"_s).status, 200);
        stop(process);
    }

    void refusesBadArguments_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("port not a number") << QStringList{u"--port"_s, u"abc"_s} << u"--port"_s;
        QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
        QTest::newRow("fail rate above 1") << QStringList{u"--fail-rate"_s, u"2"_s} << u"--fail-rate"_s;
        QTest::newRow("negative latency") << QStringList{u"--latency"_s, u"-5"_s} << u"--latency"_s;
        QTest::newRow("bad address") << QStringList{u"--bind"_s, u"not-an-ip"_s} << u"--bind"_s;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("stray argument") << QStringList{u"extra"_s} << u"extra"_s;
    }
    void refusesBadArguments() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess process;
        start(process, arguments + QStringList{u"--data"_s, m_dir.filePath(u"bad.json"_s)});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void exitsWithAMessageWhenThePortIsTaken() {
        QTcpServer occupied;
        QVERIFY(occupied.listen(QHostAddress::LocalHost));
        QProcess process;
        start(process, {u"--port"_s, QString::number(occupied.serverPort()), u"--data"_s,
                        m_dir.filePath(u"taken.json"_s)});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.exitCode() != 0);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains("Cannot listen"_L1), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDemoServerProcess)
#include "tst_demoserverprocess.moc"

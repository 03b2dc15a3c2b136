// The real main window under network faults: the mapped error in the bar, a live event loop, last data kept.
#include "DemoServer.h"
#include "FaultCases.h"
#include "LoopbackPeer.h"
#include "MessageBar.h"
#include "WindowHarness.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Testing;
using namespace Reliability;

namespace {

/// A line of /proc/self/status in bytes ("VmHWM", "VmRSS"); -1 where there is no such file.
qint64 statusBytes(const QByteArray &field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = field + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

QStringList netLog;

void keepNetLog(QtMsgType, const QMessageLogContext &context, const QString &message) {
    if (qstrcmp(context.category, "licensedesk.net") == 0)
        netLog.append(message);
}

/// Starts a new peak-RSS measurement (Linux: writing 5 to clear_refs resets VmHWM).
bool resetPeakResidentSize() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

class TestGuiFaults final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<LoopbackPeer> m_peer;
    std::unique_ptr<WindowHarness> m_harness;
    QStringList m_modulesBefore;

    MainWindow *window() const { return m_harness->window.get(); }
    MessageBar *bar() const { return window()->findChild<MessageBar *>(u"messageBar"_s); }

    /// Presses F5 and waits for the refresh to fail; returns the heartbeat's ticks meanwhile.
    int refreshAndWaitForFailure() {
        Heartbeat heartbeat;
        QSignalSpy failed(window()->session(), &LicenseSession::refreshFailed);
        QTest::keyClick(window(), Qt::Key_F5);
        if (!failed.wait(15000))
            return -1;
        return heartbeat.ticks();
    }

    /// The window kept the last good data, says it is stale, and shows message without markup.
    void verifyFailureShown(const QString &message) {
        QVERIFY(bar()->isVisible());
        QVERIFY2(bar()->text().contains(message), qPrintable(bar()->text()));
        QVERIFY2(!bar()->text().contains(u'<'), qPrintable(bar()->text()));
        QCOMPARE(window()->ownerModel()->rowCount(), 2);
        QVERIFY(window()->ownerModel()->isStale());
        QCOMPARE(window()->selectedOwner(), u"SUPEROFFICE"_s);
        QCOMPARE(m_harness->visibleModules(), m_modulesBefore);
        QVERIFY(window()->findChild<QLabel *>(u"fetchedLabel"_s)->text().startsWith(u"stale"_s));
        // Still responsive after the failure: the filter narrows the kept rows at once.
        window()->findChild<QLineEdit *>(u"filterEdit"_s)->setText(u"no-module-is-called-this"_s);
        QCOMPARE(window()->moduleProxy()->rowCount(), 0);
    }

    void openOnDemoServer(const DemoServer &healthy) {
        m_harness = std::make_unique<WindowHarness>();
        QVERIFY(m_harness->open(
            basicSettings(healthy.apiRoot().toString(), DemoServer::DemoUser, DemoServer::DemoPassword), 4));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_peer = std::make_unique<LoopbackPeer>();
        QVERIFY(m_peer->listen());
        m_peer->route(kOwnersPath, PeerReply::json(bytes("license-all-owners.json")));
        m_harness = std::make_unique<WindowHarness>();
        QVERIFY(m_harness->open(basicSettings(m_peer->apiRoot(), u"admin"_s, u"secret"_s), 2));
        QCOMPARE(window()->selectedOwner(), u"SUPEROFFICE"_s);
        m_modulesBefore = m_harness->visibleModules();
        QVERIFY(!m_modulesBefore.isEmpty());
    }

    void cleanup() {
        m_harness.reset();
        m_peer.reset();
        QSettings().clear();
    }

    void peerFaultShowsTheMappedErrorAndKeepsTheLastData_data() { addFaultRows(); }
    void peerFaultShowsTheMappedErrorAndKeepsTheLastData() {
        QFETCH(PeerReply, reply);
        QFETCH(QString, message);
        m_peer->route(kOwnersPath, reply);
        const int ticks = refreshAndWaitForFailure();
        QVERIFY2(ticks >= 0, "the refresh did not fail");
        verifyFailureShown(message);
        if (reply.kind == PeerReply::Kind::Stall || reply.delay.count() > 0) {
            // A second of waiting for the server: the heartbeat kept beating all along.
            QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        }
    }

    void refusedConnectionShowsTheErrorAndKeepsTheLastData() {
        m_harness->client->setSettings(basicSettings(LoopbackPeer::refusingApiRoot(), u"admin"_s, u"secret"_s));
        QVERIFY(refreshAndWaitForFailure() >= 0);
        verifyFailureShown(u"the connection was refused"_s);
    }

    void hundredMegabyteAnswerIsCutAtTheCapWithoutHoldingIt() {
        const bool measured = !kSanitized && resetPeakResidentSize();
        const qint64 residentBefore = statusBytes("VmRSS");
        // Time enough to read up to the cap even in a sanitizer build: the cap must be what stops it.
        m_harness->client->setSettings(basicSettings(m_peer->apiRoot(), u"admin"_s, u"secret"_s, 30000));
        m_peer->route(kOwnersPath, PeerReply::stream(kHundredMegabytes, false));
        netLog.clear();
        QLoggingCategory::setFilterRules(u"licensedesk.net.info=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(keepNetLog);
        const bool failed = refreshAndWaitForFailure() >= 0;
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(failed);
        verifyFailureShown(u"larger than the limit"_s);
        // What the client read, not what socket buffers held: one byte past the cap at most.
        QCOMPARE(bytesReadIn(netLog), ConnectionSettings().maxResponseBytes + 1);
        QTRY_VERIFY(m_peer->streamEnded());
        QVERIFY(m_peer->streamCutByClient());
        if (!measured) {
            qInfo("peak-RSS check skipped (sanitizer build or no /proc/self/clear_refs)");
            return;
        }
        // Peer and client share this process: together they never held anything like 100 MB.
        const qint64 growth = statusBytes("VmHWM") - residentBefore;
        QVERIFY2(growth < kHundredMegabytes * 8 / 10, qPrintable(QString::number(growth)));
    }

    void demoServerLatencyBeyondTheTimeoutKeepsTheWindowAlive() {
        DemoServer healthy(DemoServerOptions{});
        QVERIFY(healthy.listen());
        openOnDemoServer(healthy);
        m_modulesBefore = m_harness->visibleModules();
        DemoServerOptions options;
        options.latencyMs = 3000;
        DemoServer slow(options);
        QVERIFY(slow.listen());
        m_harness->client->setSettings(
            basicSettings(slow.apiRoot().toString(), DemoServer::DemoUser, DemoServer::DemoPassword));
        const int ticks = refreshAndWaitForFailure();
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        QVERIFY(bar()->text().contains(u"did not answer within"_s));
        QCOMPARE(window()->ownerModel()->rowCount(), 4);
        QVERIFY(window()->ownerModel()->isStale());
        QCOMPARE(m_harness->visibleModules(), m_modulesBefore);
    }

    void demoServerFailuresShowTheErrorWithoutHtml() {
        DemoServer healthy(DemoServerOptions{});
        QVERIFY(healthy.listen());
        openOnDemoServer(healthy);
        m_modulesBefore = m_harness->visibleModules();
        DemoServerOptions options;
        options.failRate = 1.0;
        DemoServer failing(options);
        QVERIFY(failing.listen());
        m_harness->client->setSettings(
            basicSettings(failing.apiRoot().toString(), DemoServer::DemoUser, DemoServer::DemoPassword));
        QVERIFY(refreshAndWaitForFailure() >= 0);
        QVERIFY2(bar()->text().contains(u"HTTP 500"_s), qPrintable(bar()->text()));
        QVERIFY(!bar()->text().contains(u'<'));
        QCOMPARE(window()->ownerModel()->rowCount(), 4);
        QCOMPARE(m_harness->visibleModules(), m_modulesBefore);
    }
};

QTEST_MAIN(TestGuiFaults)
#include "tst_guifaults.moc"

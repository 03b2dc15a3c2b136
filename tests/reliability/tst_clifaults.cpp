// licensedesk-cli as a real process against faulty loopback peers and a faulty demo server.
#include "FaultCases.h"
#include "LoopbackPeer.h"
#include "ProcessSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace LicenseDesk::Testing;
using namespace Reliability;
using namespace ProcessTest;

namespace {

/// The largest resident set of any child process this test has reaped so far, in bytes.
qint64 largestChildResidentBytes() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

/// The size cap the CLI applies to an answer (ConnectionSettings::maxResponseBytes).
constexpr qint64 kResponseCap = 32LL * 1024 * 1024;

} // namespace

class TestCliFaults final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    CliRun cli(const QStringList &args, const QString &apiRoot) {
        return runCli(args, cliEnvironment(apiRoot, m_dir.filePath(u"config"_s)));
    }

    /// Runs the CLI with licensedesk.net's log on. The log comes first on stderr (a request logs
    /// before it ends): what precedes the CLI's own message goes to *log, the message stays in err.
    CliRun cliWithNetLog(const QStringList &args, const QString &apiRoot, QStringList *log) {
        QProcessEnvironment environment = cliEnvironment(apiRoot, m_dir.filePath(u"config"_s));
        environment.insert(u"QT_LOGGING_RULES"_s, u"licensedesk.net.info=true"_s);
        CliRun run = runCli(args, environment);
        const qsizetype message = run.err.indexOf(u"\nlicensedesk-cli: "_s);
        *log = run.err.left(message).split(u'\n');
        run.err = run.err.mid(message + 1);
        return run;
    }

    /// Every failure: the contract's exit code, one prefixed message on stderr, no markup, no table.
    static void verifyFailure(const CliRun &run, int exitCode, const QString &message) {
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(u"exit %1, stderr: %2"_s.arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.startsWith(u"licensedesk-cli: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u'<') && !run.err.contains(u"NullReferenceException"_s),
                 qPrintable(run.err));
        QVERIFY2(run.out.trimmed().isEmpty(), qPrintable(run.out));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void peerFaultExitsWithTheContractsCode_data() { addFaultRows(); }
    void peerFaultExitsWithTheContractsCode() {
        QFETCH(PeerReply, reply);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.route(kOwnersPath, reply);
        const CliRun run = cli({u"--timeout"_s, u"1"_s, u"owners"_s}, peer.apiRoot());
        verifyFailure(run, exitCode, message);
        QVERIFY(peer.requestCount(kOwnersPath) >= 1);
    }

    void serverErrorShowsTheServersMessageOnItsOwnLine() {
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.route(kOwnersPath, PeerReply::json(kSuperOfficeError, 503));
        const CliRun run = cli({u"owners"_s}, peer.apiRoot());
        verifyFailure(run, 4, u"HTTP 503"_s);
        QVERIFY(run.err.contains(u"License database is locked for maintenance"_s));
    }

    void refusedConnectionExitsTwo() {
        const CliRun run = cli({u"owners"_s}, LoopbackPeer::refusingApiRoot());
        verifyFailure(run, 2, u"the connection was refused"_s);
    }

    void announcedHundredMegabytesAreRefusedBeforeReading() {
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.route(kOwnersPath, PeerReply::stream(kHundredMegabytes, true));
        QStringList log;
        const CliRun run = cliWithNetLog({u"owners"_s}, peer.apiRoot(), &log);
        verifyFailure(run, 5, u"larger than the limit"_s);
        // The announced size alone stops the client: it read less than one read buffer (1 MiB).
        const qint64 read = bytesReadIn(log);
        QVERIFY2(read >= 0 && read < 1024 * 1024, qPrintable(log.join(u'\n')));
        QTRY_VERIFY(peer.streamEnded());
        QVERIFY(peer.streamCutByClient());
    }

    void unannouncedHundredMegabytesStopAtTheCapWithoutBufferingThem() {
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.route(kOwnersPath, PeerReply::stream(kHundredMegabytes, false));
        QStringList log;
        const CliRun run = cliWithNetLog({u"owners"_s}, peer.apiRoot(), &log);
        verifyFailure(run, 5, u"larger than the limit"_s);
        // What the client read, not what socket buffers held: one byte past the cap at most.
        QCOMPARE(bytesReadIn(log), kResponseCap + 1);
        QTRY_VERIFY(peer.streamEnded());
        QVERIFY(peer.streamCutByClient());
        if (kSanitized) {
            qInfo("resident-size check skipped: ASan's quarantine keeps freed buffers resident");
            return;
        }
        // The CLI held at most the cap, never the whole body.
        QVERIFY2(largestChildResidentBytes() < kHundredMegabytes * 8 / 10,
                 qPrintable(QString::number(largestChildResidentBytes())));
    }

    void demoServerLatencyBeyondTheTimeoutExitsTwo() {
        DemoServerProcess server;
        QVERIFY(server.start(m_dir.filePath(u"slow.json"_s), {u"--latency"_s, u"3000"_s}));
        const CliRun run = cli({u"--timeout"_s, u"1"_s, u"owners"_s}, server.apiRoot());
        verifyFailure(run, 2, u"did not answer within"_s);
    }

    void demoServerFailuresExitFourWithoutHtml() {
        DemoServerProcess server;
        QVERIFY(server.start(m_dir.filePath(u"failing.json"_s), {u"--fail-rate"_s, u"1"_s}));
        const CliRun run = cli({u"show"_s, u"SUPEROFFICE"_s}, server.apiRoot());
        verifyFailure(run, 4, u"HTTP 500"_s);
    }

    void demoServerRejectingTheCredentialsExitsThree() {
        DemoServerProcess server;
        QVERIFY(server.start(m_dir.filePath(u"auth.json"_s)));
        QProcessEnvironment environment = cliEnvironment(server.apiRoot(), m_dir.filePath(u"config"_s));
        environment.insert(u"LICENSEDESK_PASSWORD"_s, u"not-the-password"_s);
        const CliRun run = runCli({u"owners"_s}, environment);
        verifyFailure(run, 3, u"did not accept the sign-in"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"

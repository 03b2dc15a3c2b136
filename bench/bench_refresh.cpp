// refresh_e2e and ui_stall_ms: the real MainWindow + LicenseClient refreshing every owner from a server.
// Usage: bench_refresh API_ROOT [RUNS]   (API_ROOT such as http://127.0.0.1:8765/api; Basic demo/demo)
// Per run: curl fetches GET API_ROOT/v1/License (its own time_total), then the window's refresh() is
// timed until ownersShown(); a 1 ms timer records the longest gap of the GUI event loop meanwhile.
#include "BenchStats.h"
#include "LicenseClient.h"
#include "LicenseSession.h"
#include "MainWindow.h"
#include "OwnerListModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <optional>

using namespace LicenseDesk;
using namespace LicenseDesk::Bench;

namespace {

/// Records the longest interval between two ticks of a 1 ms timer: how long the event loop stalled.
class StallProbe final {
public:
    StallProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start() {
        m_longestNs = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    /// Stops and returns the longest gap in milliseconds (including the gap up to now).
    double stop() {
        tick();
        m_timer.stop();
        return double(m_longestNs) / 1e6;
    }

private:
    void tick() {
        const qint64 now = m_clock.nsecsElapsed();
        if (now - m_last > m_longestNs) {
            m_longestNs = now - m_last;
            m_longestEndNs = now;
        }
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longestNs = 0;
    qint64 m_longestEndNs = 0;

public:
    /// When the longest gap ended, in milliseconds since start().
    double longestEndMs() const { return double(m_longestEndNs) / 1e6; }
};

/// Waits (running the event loop) until the window shows owners or the timeout passes.
bool waitForOwners(MainWindow &window, int timeoutMs) {
    QEventLoop loop;
    bool shown = false;
    const auto connection = QObject::connect(&window, &MainWindow::ownersShown, &loop, [&] {
        shown = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return shown;
}

/// curl's own transfer time for the same request, in milliseconds; negative when curl failed.
double curlMs(const QUrl &url) {
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-u"),
                QStringLiteral("demo:demo"), QStringLiteral("-w"),
                QStringLiteral("%{http_code} %{time_total}"), url.toString()});
    if (!curl.waitForFinished(60000) || curl.exitCode() != 0)
        return -1;
    const QList<QByteArray> parts = curl.readAllStandardOutput().trimmed().split(' ');
    if (parts.size() != 2 || parts.at(0) != "200")
        return -1;
    return parts.at(1).toDouble() * 1000;
}

ConnectionSettings benchSettings(const QUrl &root) {
    ConnectionSettings settings;
    settings.apiRoot = root;
    settings.auth = AuthMethod::Basic;
    settings.user = QStringLiteral("demo");
    settings.secret = QStringLiteral("demo");
    settings.language = QStringLiteral("en");
    return settings;
}

struct RunTimes {
    double appMs = 0;   ///< refresh() -> ownersShown()
    double curlMs = 0;  ///< curl's transfer time of the same request
    double stallMs = 0; ///< the longest event-loop gap meanwhile
};

/// One timed refresh of the window after a curl run; nullopt (with a message) when either failed.
std::optional<RunTimes> measureRun(MainWindow &window, const QUrl &ownersUrl, StallProbe &probe, int run,
                                   bool verbose) {
    RunTimes times;
    times.curlMs = curlMs(ownersUrl);
    if (times.curlMs < 0) {
        std::fprintf(stderr, "bench_refresh: curl could not fetch %s\n", qPrintable(ownersUrl.toString()));
        return std::nullopt;
    }
    QApplication::processEvents(); // let the window settle after the blocking curl run
    probe.start();
    QElapsedTimer timer;
    timer.start();
    // The window's refresh() adopts the session's running job; holding it lets us see its phases.
    ApiJob *job = window.session()->refresh();
    double firstByteMs = -1, lastByteMs = -1, finishedMs = -1;
    QObject::connect(job, &ApiJob::downloadProgress, job, [&](qint64 received, qint64) {
        const double at = double(timer.nsecsElapsed()) / 1e6;
        if (firstByteMs < 0 && received > 0)
            firstByteMs = at;
        lastByteMs = at;
    });
    QObject::connect(job, &ApiJob::finished, job, [&] { finishedMs = double(timer.nsecsElapsed()) / 1e6; });
    window.refresh();
    if (!waitForOwners(window, 60000)) {
        std::fprintf(stderr, "bench_refresh: refresh %d did not finish\n", run + 1);
        return std::nullopt;
    }
    times.appMs = double(timer.nsecsElapsed()) / 1e6;
    if (verbose)
        std::printf("  run %d: first byte %.1f ms, last byte %.1f ms, job finished %.1f ms, owners shown "
                    "%.1f ms; "
                    "curl %.1f ms\n",
                    run + 1, firstByteMs, lastByteMs, finishedMs, times.appMs, times.curlMs);
    // Include the paint that follows the model update in the stall measurement.
    QEventLoop settle;
    QTimer::singleShot(50, &settle, &QEventLoop::quit);
    settle.exec();
    times.stallMs = probe.stop();
    if (verbose)
        std::printf("  run %d: longest stall %.1f ms, ending %.1f ms after refresh()\n", run + 1,
                    times.stallMs, probe.longestEndMs());
    return times;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LicenseDeskBench"));
    QApplication::setApplicationName(QStringLiteral("bench_refresh"));
    QStandardPaths::setTestModeEnabled(true); // window settings never touch the user's own
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_refresh API_ROOT [RUNS]\n");
        return 1;
    }
    const QUrl root(args.at(1));
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 7;
    QUrl ownersUrl = root;
    ownersUrl.setPath(root.path() + QStringLiteral("/v1/License"));

    QNetworkAccessManager network;
    LicenseClient client(&network);
    client.setSettings(benchSettings(root));
    MainWindow window(&client); // starts the first refresh itself
    window.resize(1200, 800);
    window.show();
    if (!waitForOwners(window, 60000)) {
        std::fprintf(stderr, "bench_refresh: the window never showed owners from %s\n",
                     qPrintable(root.toString()));
        return 1;
    }
    const qsizetype owners = window.ownerModel()->rowCount();

    const bool verbose = qEnvironmentVariableIntValue("BENCH_VERBOSE") == 1;
    StallProbe probe;
    QList<double> appMs, curlTimes, ratios, stalls;
    for (int run = 0; run < runs; ++run) {
        const std::optional<RunTimes> times = measureRun(window, ownersUrl, probe, run, verbose);
        if (!times)
            return 1;
        appMs.append(times->appMs);
        curlTimes.append(times->curlMs);
        ratios.append(times->appMs / times->curlMs);
        stalls.append(times->stallMs);
    }
    std::printf("refresh_e2e: %lld owners; refresh() -> ownersShown() %.1f ms, curl %.1f ms "
                "(medians of %d runs)\n",
                qlonglong(owners), median(appMs), median(curlTimes), runs);
    std::printf(
        "ui_stall: longest event-loop gap during a refresh %.1f ms (median of %d runs; worst %.1f ms)\n",
        median(stalls), runs, *std::max_element(stalls.cbegin(), stalls.cend()));
    std::printf("refresh_e2e ratio=%.2f\n", median(ratios));
    std::printf("ui_stall_ms value=%.1f\n", median(stalls));
    return 0;
}

// 200 requests in flight at once against a demo server process with latency: every one is answered.
#include "LicenseClient.h"
#include "ProcessSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

using namespace LicenseDesk;
using namespace ProcessTest;

namespace {

// QtNetwork opens at most six connections per host and manager: 40 managers x 5 jobs keeps all
// 200 requests on their own connection at the same time.
constexpr int kManagers = 40;
constexpr int kJobsPerManager = 5;
// Each answer waits this long at the server; 200 of them one after another would take 100 s and
// run into the timeout below, so all of them succeeding means they were served side by side.
constexpr int kLatencyMs = 500;
constexpr std::chrono::seconds kTimeout{20};

} // namespace

class TestConcurrency final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    DemoServerProcess m_server;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(
            m_server.start(m_dir.filePath(u"demo.json"_s), {u"--latency"_s, QString::number(kLatencyMs)}));
    }

    void twoHundredConcurrentRequestsAreAllAnswered() {
        ConnectionSettings settings;
        settings.apiRoot = QUrl(m_server.apiRoot());
        settings.auth = AuthMethod::Basic;
        settings.user = kUser;
        settings.secret = kPassword;
        settings.timeout = kTimeout;

        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        std::vector<std::unique_ptr<LicenseClient>> clients;
        int finished = 0;
        int succeeded = 0;
        QStringList failures;
        for (int m = 0; m < kManagers; ++m) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            clients.push_back(std::make_unique<LicenseClient>(managers.back().get()));
            clients.back()->setSettings(settings);
            for (int j = 0; j < kJobsPerManager; ++j) {
                // Alternate list and single-owner reads so both routes run in parallel.
                if (j % 2 == 0) {
                    OwnersJob *job = clients.back()->fetchAllOwners();
                    connect(job, &ApiJob::finished, this, [&, job] {
                        ++finished;
                        const auto result = job->result();
                        if (result.ok() && result.value->size() == 4)
                            ++succeeded;
                        else
                            failures << result.error.userMessage;
                    });
                } else {
                    LicenseJob *job = clients.back()->fetchOwner(u"SUPEROFFICE"_s);
                    connect(job, &ApiJob::finished, this, [&, job] {
                        ++finished;
                        const auto result = job->result();
                        if (result.ok() && result.value->ownerName() == u"SUPEROFFICE"_s)
                            ++succeeded;
                        else
                            failures << result.error.userMessage;
                    });
                }
            }
        }
        QVERIFY(QTest::qWaitFor([&] { return finished == kManagers * kJobsPerManager; }, 60000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.value(0)));
        QCOMPARE(succeeded, kManagers * kJobsPerManager);
        clients.clear();
        managers.clear();
    }

    void concurrentCliRunsAllExitZeroWithTheirOwnAnswer() {
        constexpr int runs = 8;
        std::vector<std::unique_ptr<QProcess>> processes;
        const QProcessEnvironment environment =
            cliEnvironment(m_server.apiRoot(), m_dir.filePath(u"config"_s));
        for (int i = 0; i < runs; ++i) {
            processes.push_back(std::make_unique<QProcess>());
            startCli(*processes.back(),
                     {u"--format"_s, u"json"_s, u"--timeout"_s, u"20"_s, u"show"_s,
                      i % 2 ? u"ACMEDOCS"_s : u"SUPEROFFICE"_s},
                     environment);
        }
        for (int i = 0; i < runs; ++i) {
            QProcess &process = *processes[size_t(i)];
            QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000));
            const CliRun run = collect(process);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
            QCOMPARE(shown.value(u"owner"_s).toString(), i % 2 ? u"ACMEDOCS"_s : u"SUPEROFFICE"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"

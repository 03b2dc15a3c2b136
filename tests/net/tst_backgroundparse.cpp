// Large answers are parsed on a worker thread: same results, finished() once, cancel and deletion safe.
#include "JobWaiter.h"
#include "LicenseClient.h"
#include "LicenseParser.h"
#include "LoopbackPeer.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTest>
#include <QThreadPool>

using namespace LicenseDesk;
using namespace LicenseDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr char ownersPath[] = "/api/v1/License";

/// An owner list of copies x the fixture's owners: large enough to be parsed off the job's thread.
QByteArray manyOwners(int copies) {
    QFile file(QString::fromLatin1(LICENSEDESK_TEST_DATA "/license-all-owners.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the owners fixture");
    const QByteArray list = file.readAll().trimmed();
    const QByteArray owners = list.mid(1, list.size() - 2); // without the brackets
    QByteArrayList parts(copies, owners);
    return '[' + parts.join(',') + ']';
}

} // namespace

class TestBackgroundParse final : public QObject {
    Q_OBJECT

private slots:
    void init() {
        m_peer = std::make_unique<LoopbackPeer>();
        QVERIFY(m_peer->listen());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<LicenseClient>(m_network.get());
        ConnectionSettings settings;
        settings.apiRoot = m_peer->url(u"/api"_s);
        settings.timeout = std::chrono::seconds(30);
        m_client->setSettings(settings);
    }
    void cleanup() {
        m_client.reset();
        m_network.reset();
        m_peer.reset();
    }

    void largeOwnerListArrivesParsedExactlyOnce() {
        const QByteArray body = manyOwners(60);
        QVERIFY(body.size() > 256 * 1024);
        m_peer->route(ownersPath, PeerReply::json(body));
        const auto outcome = waitFor(m_client->fetchAllOwners());
        QVERIFY(outcome.result);
        QVERIFY2(outcome.result->ok(), qPrintable(outcome.error().details));
        QCOMPARE(outcome.finishedCount, 1);
        QVERIFY(outcome.deleted);
        QVERIFY(outcome.sent);
        const auto expected = parseExtendedLicenseInfoList(body);
        QCOMPARE(outcome.result->value->size(), expected.value->size());
        QCOMPARE(outcome.result->value->size(), 120);
        QCOMPARE(outcome.result->value->at(119).ownerName(), expected.value->at(119).ownerName());
        QCOMPARE(outcome.result->value->at(1).current->expiryDate, expected.value->at(1).current->expiryDate);
    }

    void largeMalformedAnswerIsABadResponseNamingTheRequest() {
        QByteArray body = manyOwners(60);
        body.chop(1); // the closing bracket
        m_peer->route(ownersPath, PeerReply::json(body));
        const auto outcome = waitFor(m_client->fetchAllOwners());
        QVERIFY(outcome.result);
        QCOMPARE(outcome.category(), ErrorCategory::BadResponse);
        QCOMPARE(outcome.error().httpStatus, 200);
        QVERIFY2(outcome.error().details.startsWith(u"GET http://127.0.0.1:"_s),
                 qPrintable(outcome.error().details));
        QVERIFY(outcome.error().details.contains(u"malformed JSON"_s));
        QCOMPARE(outcome.finishedCount, 1);
        QVERIFY(outcome.deleted);
    }

    // Cancelling once the whole answer is in usually lands while the worker parses; either way
    // the job must end once, as cancelled, and go away.
    void cancelAfterTheAnswerArrivedFinishesOnceAsCancelled() {
        m_peer->route(ownersPath, PeerReply::json(manyOwners(600)));
        OwnersJob *job = m_client->fetchAllOwners();
        bool complete = false;
        connect(job, &ApiJob::downloadProgress, this,
                [&complete](qint64 received, qint64 total) { complete = total > 0 && received == total; });
        QVERIFY(QTest::qWaitFor([&] { return complete; }, 20000));
        job->cancel();
        const auto outcome = waitFor(job);
        QVERIFY(outcome.result);
        QCOMPARE(outcome.category(), ErrorCategory::Cancelled);
        QVERIFY(!outcome.result->value);
        QCOMPARE(outcome.finishedCount, 1);
        QVERIFY(outcome.deleted);
    }

    void clientDeletedWhileParsingIsSafe() {
        m_peer->route(ownersPath, PeerReply::json(manyOwners(600)));
        OwnersJob *job = m_client->fetchAllOwners();
        int finished = 0;
        connect(job, &ApiJob::finished, this, [&finished] { ++finished; });
        bool complete = false;
        connect(job, &ApiJob::downloadProgress, this,
                [&complete](qint64 received, qint64 total) { complete = total > 0 && received == total; });
        QVERIFY(QTest::qWaitFor([&] { return complete; }, 20000));
        m_client.reset();  // deletes the job with it
        // The worker finishes, then whatever it queued for the deleted job is delivered (and dropped).
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QVERIFY(finished <= 1);
    }

private:
    std::unique_ptr<LoopbackPeer> m_peer;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LicenseClient> m_client;
};

QTEST_GUILESS_MAIN(TestBackgroundParse)
#include "tst_backgroundparse.moc"

// Activation whose answer is lost (the request was read, the connection closed unanswered): sent once,
// never resent, the license re-read and the admin told what the server holds; no second activation at once.
#include "ActivationController.h"
#include "ActivationPreviewDialog.h"
#include "ActivationScript.h"
#include "LoopbackPeer.h"
#include "ProcessSupport.h"
#include "WindowHarness.h"

#include <QAction>
#include <QJsonArray>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Testing;
using namespace Reliability;
using namespace ProcessTest;

class TestActivationFaults final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_questions = 0;

    /// A window on peer with SUPEROFFICE selected and its preview open, Activate enabled.
    static ActivationPreviewDialog *openPreview(WindowHarness &harness, LoopbackPeer &peer) {
        if (!harness.open(basicSettings(peer.apiRoot(), u"admin"_s, u"secret"_s, 5000), 2))
            return nullptr;
        if (harness.window->selectedOwner() != u"SUPEROFFICE"_s)
            return nullptr;
        QSignalSpy opened(harness.window->activationController(), &ActivationController::dialogOpened);
        harness.window->findChild<QAction *>(u"actionCheck"_s)->trigger();
        if (!opened.wait(10000))
            return nullptr;
        ActivationPreviewDialog *dialog = harness.window->activationController()->dialog();
        return dialog && dialog->activateButton()->isEnabled() ? dialog : nullptr;
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ActivationController::setConfirmHook([this](QWidget *, const QString &, const QString &) {
            ++m_questions;
            return true;
        });
    }

    void init() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_questions = 0;
    }

    void cleanup() { QSettings().clear(); }

    void cliNeverResendsALostActivationAndReportsWhatTheServerHolds_data() {
        QTest::addColumn<bool>("tookEffect");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("server stored it") << true << 0;
        QTest::newRow("server did not store it") << false << 2;
    }
    void cliNeverResendsALostActivationAndReportsWhatTheServerHolds() {
        QFETCH(bool, tookEffect);
        QFETCH(int, exitCode);
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        scriptLostActivation(peer, tookEffect);
        const CliRun run = runCli({u"--format"_s, u"json"_s, u"activate"_s, u"SUPEROFFICE"_s, u"--yes"_s},
                                  cliEnvironment(peer.apiRoot(), m_dir.filePath(u"config"_s)));
        QCOMPARE(peer.requestCount(kActivatePath), 1);
        QCOMPARE(peer.requests().last().path(), kStoredPath);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"not sent again"_s), qPrintable(run.err));
        const QJsonObject summary = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(summary.value(u"verified"_s).toBool(), tookEffect);
        QCOMPARE(summary.value(u"mismatches"_s).toArray().isEmpty(), tookEffect);
        // The summary holds what the server stores now, read after the loss.
        QVERIFY(!summary.value(u"stored"_s).toObject().value(u"modules"_s).toArray().isEmpty());
    }

    void guiNeverResendsALostActivationAndShowsWhatTheServerHolds_data() {
        QTest::addColumn<bool>("tookEffect");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("server stored it") << true << u"now stores license version"_s;
        QTest::newRow("server did not store it") << false << u"does not match the offer"_s;
    }
    void guiNeverResendsALostActivationAndShowsWhatTheServerHolds() {
        QFETCH(bool, tookEffect);
        QFETCH(QString, outcome);
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.route(kOwnersPath, PeerReply::json(bytes("license-all-owners.json")));
        scriptLostActivation(peer, tookEffect);
        WindowHarness harness;
        ActivationPreviewDialog *dialog = openPreview(harness, peer);
        QVERIFY(dialog);
        QSignalSpy reread(harness.window->activationController(), &ActivationController::ownerReread);
        QTest::mouseClick(dialog->activateButton(), Qt::LeftButton);
        QCOMPARE(m_questions, 1);
        QVERIFY(reread.wait(10000));
        QTRY_VERIFY(!harness.window->activationController()->isActivating());
        QCOMPARE(peer.requestCount(kActivatePath), 1);
        QCOMPARE(peer.requests().last().path(), kStoredPath);
        QVERIFY2(dialog->statusText().contains(u"It was not sent again"_s), qPrintable(dialog->statusText()));
        QVERIFY2(dialog->statusText().contains(outcome), qPrintable(dialog->statusText()));
        QVERIFY(!dialog->activateButton()->isEnabled()); // the preview is spent
    }

    void licenseFileActivationWhoseAnswerIsLostIsSentOnce() {
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        const QByteArray path = "/api/v1/Agents/License/AddLicenseFromFile";
        peer.route(path, PeerReply::closeUnanswered());
        QNetworkAccessManager network;
        LicenseClient client(&network);
        client.setSettings(basicSettings(peer.apiRoot(), u"admin"_s, u"secret"_s, 5000));
        LicenseJob *job = client.addLicenseFromFile(u"<license/>"_s);
        bool sent = false;
        ApiError error;
        QSignalSpy finished(job, &ApiJob::finished);
        connect(job, &ApiJob::finished, this, [&] {
            sent = job->wasSent();
            error = job->error();
        });
        QVERIFY(finished.wait(10000));
        QCOMPARE(peer.requestCount(path), 1);
        QVERIFY(sent); // the caller knows the server may have acted on it
        QCOMPARE(error.category, ErrorCategory::CannotConnect);
        QVERIFY2(error.userMessage.contains(u"was closed before the answer was complete"_s),
                 qPrintable(error.userMessage));
    }

    void secondActivationCannotStartWhileOneIsInFlight() {
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.route(kOwnersPath, PeerReply::json(bytes("license-all-owners.json")));
        scriptLostActivation(peer, true, 1500);
        WindowHarness harness;
        ActivationPreviewDialog *dialog = openPreview(harness, peer);
        QVERIFY(dialog);
        const qsizetype offersBefore = peer.requestCount(kOfferPath);
        QTest::mouseClick(dialog->activateButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return peer.requestCount(kActivatePath) == 1; }, 5000));
        QVERIFY(harness.window->activationController()->isActivating());

        auto *activateAction = harness.window->findChild<QAction *>(u"actionActivate"_s);
        auto *checkAction = harness.window->findChild<QAction *>(u"actionCheck"_s);
        QTRY_VERIFY(!activateAction->isEnabled());
        QVERIFY(!checkAction->isEnabled());
        QVERIFY(!dialog->activateButton()->isEnabled());
        // Every way to ask again: the shortcut, the action, the dialog's button and its signal.
        QTest::keyClick(harness.window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        activateAction->trigger();
        QTest::mouseClick(dialog->activateButton(), Qt::LeftButton);
        emit dialog->activateRequested();
        QCOMPARE(m_questions, 1);

        QSignalSpy reread(harness.window->activationController(), &ActivationController::ownerReread);
        QVERIFY(reread.wait(10000));
        QCOMPARE(peer.requestCount(kActivatePath), 1);
        QCOMPARE(peer.requestCount(kOfferPath), offersBefore);
        QTRY_VERIFY(!harness.window->activationController()->isActivating());
        QTRY_VERIFY(activateAction->isEnabled());
    }
};

QTEST_MAIN(TestActivationFaults)
#include "tst_activationfaults.moc"

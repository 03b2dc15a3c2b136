// MemorySecretStore: asynchronous answers, per-profile-and-kind keys, and the "no keychain" mode.
#include "MemorySecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace LicenseDesk;

class TestMemorySecretStore final : public QObject {
    Q_OBJECT

private slots:
    void readReturnsWhatWasWritten();
    void answersAreNeverSynchronous();
    void kindsAndProfilesAreSeparate();
    void removeMakesReadReportNotFound();
    void unavailableStoreSaysWhyAndKeepsNothing();
    void callbackIsDroppedWhenContextIsGone();
    void authMethodsMapToTheirSecretKind();

private:
    static SecretResult readNow(SecretStore &store, const QString &profile, SecretKind kind);
};

SecretResult TestMemorySecretStore::readNow(SecretStore &store, const QString &profile, SecretKind kind) {
    std::optional<SecretResult> answer;
    QObject context;
    store.read(profile, kind, &context, [&answer](const SecretResult &result) { answer = result; });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000);
    return answer.value_or(SecretResult{SecretResult::Status::Failed, {}, {}});
}

void TestMemorySecretStore::readReturnsWhatWasWritten() {
    MemorySecretStore store;
    bool written = false;
    store.write(QStringLiteral("p"), SecretKind::Password, QStringLiteral("s3cret"), this,
                [&written](const SecretResult &result) { written = result.ok(); });
    QTRY_VERIFY(written);
    const SecretResult result = readNow(store, QStringLiteral("p"), SecretKind::Password);
    QVERIFY(result.ok());
    QCOMPARE(result.value, QStringLiteral("s3cret"));
}

void TestMemorySecretStore::answersAreNeverSynchronous() {
    MemorySecretStore store;
    bool called = false;
    store.read(QStringLiteral("p"), SecretKind::Token, this,
               [&called](const SecretResult &) { called = true; });
    QVERIFY(!called);
    QTRY_VERIFY(called);
}

void TestMemorySecretStore::kindsAndProfilesAreSeparate() {
    MemorySecretStore store;
    store.write(QStringLiteral("a"), SecretKind::Ticket, QStringLiteral("ticket-a"), this, {});
    store.write(QStringLiteral("b"), SecretKind::Ticket, QStringLiteral("ticket-b"), this, {});
    store.write(QStringLiteral("a"), SecretKind::AppToken, QStringLiteral("app-a"), this, {});
    QCOMPARE(readNow(store, QStringLiteral("a"), SecretKind::Ticket).value, QStringLiteral("ticket-a"));
    QCOMPARE(readNow(store, QStringLiteral("b"), SecretKind::Ticket).value, QStringLiteral("ticket-b"));
    QCOMPARE(readNow(store, QStringLiteral("a"), SecretKind::AppToken).value, QStringLiteral("app-a"));
    QCOMPARE(readNow(store, QStringLiteral("b"), SecretKind::AppToken).status,
             SecretResult::Status::NotFound);
}

void TestMemorySecretStore::removeMakesReadReportNotFound() {
    MemorySecretStore store;
    store.write(QStringLiteral("a"), SecretKind::Password, QStringLiteral("pw"), this, {});
    bool removed = false;
    store.remove(QStringLiteral("a"), SecretKind::Password, this,
                 [&removed](const SecretResult &result) { removed = result.ok(); });
    QTRY_VERIFY(removed);
    QCOMPARE(readNow(store, QStringLiteral("a"), SecretKind::Password).status,
             SecretResult::Status::NotFound);
    QCOMPARE(store.count(), 0);
}

void TestMemorySecretStore::unavailableStoreSaysWhyAndKeepsNothing() {
    MemorySecretStore store;
    store.setUnavailable(QStringLiteral("No Secret Service is running."));
    QSignalSpy unavailable(&store, &SecretStore::unavailable);
    std::optional<SecretResult> answer;
    store.write(QStringLiteral("a"), SecretKind::Password, QStringLiteral("pw"), this,
                [&answer](const SecretResult &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->status, SecretResult::Status::Unavailable);
    QCOMPARE(answer->message, QStringLiteral("No Secret Service is running."));
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(store.count(), 0);
}

void TestMemorySecretStore::callbackIsDroppedWhenContextIsGone() {
    MemorySecretStore store;
    bool called = false;
    {
        QObject context;
        store.read(QStringLiteral("a"), SecretKind::Password, &context,
                   [&called](const SecretResult &) { called = true; });
    }
    // A later answer proves the queue ran; the first callback must not have.
    bool later = false;
    store.read(QStringLiteral("a"), SecretKind::Password, this,
               [&later](const SecretResult &) { later = true; });
    QTRY_VERIFY(later);
    QVERIFY(!called);
}

void TestMemorySecretStore::authMethodsMapToTheirSecretKind() {
    QCOMPARE(secretKindFor(AuthMethod::Basic), std::optional(SecretKind::Password));
    QCOMPARE(secretKindFor(AuthMethod::SoTicket), std::optional(SecretKind::Ticket));
    QCOMPARE(secretKindFor(AuthMethod::Bearer), std::optional(SecretKind::Token));
    QVERIFY(!secretKindFor(AuthMethod::None));
    QCOMPARE(SecretStore::key(QStringLiteral("p"), SecretKind::AppToken), QStringLiteral("p/apptoken"));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"

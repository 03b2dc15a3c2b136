// KeychainSecretStore against the real thing: with-keyring.sh runs it once with no session bus
// (LICENSEDESK_TEST_KEYCHAIN=absent: it must say it cannot keep secrets), then inside a private
// D-Bus session with an unlocked gnome-keyring (present).
#include "KeychainSecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace LicenseDesk;
using namespace Qt::StringLiterals;

class TestKeychainSecretStore final : public QObject {
    Q_OBJECT

private:
    static SecretResult run(const std::function<void(SecretStore::Callback)> &call) {
        std::optional<SecretResult> answer;
        call([&answer](const SecretResult &result) { answer = result; });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
            return SecretResult{SecretResult::Status::Failed, {}, u"no answer from the keychain"_s};
        return *answer;
    }
    SecretResult read(const QString &profile, SecretKind kind) {
        return run([&](auto callback) { m_store.read(profile, kind, this, callback); });
    }
    SecretResult write(const QString &profile, SecretKind kind, const QString &value) {
        return run([&](auto callback) { m_store.write(profile, kind, value, this, callback); });
    }
    SecretResult remove(const QString &profile, SecretKind kind) {
        return run([&](auto callback) { m_store.remove(profile, kind, this, callback); });
    }
    static bool keychainIs(const char *expected) {
        return qEnvironmentVariable("LICENSEDESK_TEST_KEYCHAIN") == QLatin1StringView(expected);
    }

    KeychainSecretStore m_store;

private slots:
    void writtenSecretIsInTheSystemKeychain() {
        if (!keychainIs("present"))
            QSKIP("needs the Secret Service that with-keyring.sh starts");
        const QString secret = u"Pässwörd-✓-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const SecretResult written = write(u"Production"_s, SecretKind::Password, secret);
        QVERIFY2(written.ok(), qPrintable(written.message));

        const SecretResult result = read(u"Production"_s, SecretKind::Password);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.value, secret);

        // Stored where any QtKeychain client finds it: service "LicenseDesk", key "<profile>/<kind>".
        QKeychain::ReadPasswordJob direct(QString::fromLatin1(KeychainSecretStore::ServiceName));
        direct.setAutoDelete(false);
        direct.setKey(u"Production/password"_s);
        QSignalSpy finished(&direct, &QKeychain::Job::finished);
        direct.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(direct.error(), QKeychain::NoError);
        QCOMPARE(direct.textData(), secret);
    }

    void profilesAndKindsAreSeparate() {
        if (!keychainIs("present"))
            QSKIP("needs the Secret Service that with-keyring.sh starts");
        QVERIFY(write(u"Alpha"_s, SecretKind::Ticket, u"ticket-alpha"_s).ok());
        QVERIFY(write(u"Beta"_s, SecretKind::Ticket, u"ticket-beta"_s).ok());
        QVERIFY(write(u"Alpha"_s, SecretKind::AppToken, u"app-alpha"_s).ok());
        QCOMPARE(read(u"Alpha"_s, SecretKind::Ticket).value, u"ticket-alpha"_s);
        QCOMPARE(read(u"Beta"_s, SecretKind::Ticket).value, u"ticket-beta"_s);
        QCOMPARE(read(u"Alpha"_s, SecretKind::AppToken).value, u"app-alpha"_s);
        QCOMPARE(read(u"Beta"_s, SecretKind::AppToken).status, SecretResult::Status::NotFound);
    }

    void removedSecretIsNotFoundAndRemovingAgainSucceeds() {
        if (!keychainIs("present"))
            QSKIP("needs the Secret Service that with-keyring.sh starts");
        QVERIFY(write(u"Gone"_s, SecretKind::Token, u"token"_s).ok());
        QVERIFY(remove(u"Gone"_s, SecretKind::Token).ok());
        QCOMPARE(read(u"Gone"_s, SecretKind::Token).status, SecretResult::Status::NotFound);
        QVERIFY(remove(u"Gone"_s, SecretKind::Token).ok());
    }

    void withoutAKeychainEveryCallSaysWhy() {
        if (!keychainIs("absent"))
            QSKIP("needs the run without a session bus (with-keyring.sh)");
        QSignalSpy unavailable(&m_store, &SecretStore::unavailable);
        const SecretResult written = write(u"Production"_s, SecretKind::Password, u"never-kept"_s);
        QCOMPARE(written.status, SecretResult::Status::Unavailable);
        QVERIFY2(written.message.contains(u"ask for them each time"_s), qPrintable(written.message));
        QVERIFY(!written.message.contains(u"never-kept"_s));
        QVERIFY(!read(u"Production"_s, SecretKind::Password).ok());
        QVERIFY(unavailable.count() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"

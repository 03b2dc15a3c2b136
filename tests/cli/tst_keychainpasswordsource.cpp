// The CLI's keychain fallback: the desktop app's saved profile for the same API root and user.
#include "KeychainPasswordSource.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Cli;
using namespace Qt::StringLiterals;

class TestKeychainPasswordSource : public QObject {
    Q_OBJECT

private:
    // Looks up and spins the event loop until the (queued) answer arrives.
    static std::optional<QString> lookUp(PasswordSource &source, const QString &root, const QString &user) {
        bool answered = false;
        std::optional<QString> password;
        source.lookUp(QUrl(root), user, [&](std::optional<QString> value) {
            answered = true;
            password = std::move(value);
        });
        if (!QTest::qWaitFor([&] { return answered; }, 5000))
            qFatal("no answer");
        return password;
    }

private slots:
    void findsThePasswordOfTheMatchingProfile() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        ConnectionProfile other;
        other.name = u"Other"_s;
        other.apiUrl = u"https://crm.example/SuperOffice"_s;
        other.user = u"someone"_s;
        profiles.save(other);
        ConnectionProfile mine = other;
        mine.name = u"Mine"_s;
        mine.user = u"admin"_s;
        mine.apiUrl = u"https://crm.example/SuperOffice/api/v1/"_s; // normalises to the same root
        profiles.save(mine);

        MemorySecretStore secrets;
        bool written = false;
        secrets.write(u"Mine"_s, SecretKind::Password, u"from-keychain"_s, this,
                      [&](const SecretResult &) { written = true; });
        QTRY_VERIFY(written);

        KeychainPasswordSource source(profiles, secrets);
        QCOMPARE(lookUp(source, u"https://crm.example/SuperOffice/api"_s, u"admin"_s), u"from-keychain"_s);
        QCOMPARE(lookUp(source, u"https://crm.example/SuperOffice/api"_s, u"nobody"_s), std::nullopt);
        QCOMPARE(lookUp(source, u"https://elsewhere.example/api"_s, u"admin"_s), std::nullopt);
        QCOMPARE(lookUp(source, u"https://crm.example/SuperOffice/api"_s, u"someone"_s), std::nullopt);
    }

    void hasNothingWhenTheKeychainIsUnavailable() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        ConnectionProfile mine;
        mine.name = u"Mine"_s;
        mine.user = u"admin"_s;
        mine.apiUrl = u"http://127.0.0.1:8765/api"_s;
        profiles.save(mine);
        MemorySecretStore secrets;
        secrets.setUnavailable(u"no keychain here"_s);
        KeychainPasswordSource source(profiles, secrets);
        QCOMPARE(lookUp(source, u"http://127.0.0.1:8765/api"_s, u"admin"_s), std::nullopt);
    }

    void chainStopsAtTheFirstSourceThatHasAPassword() {
        qputenv("CLI_TEST_PASSWORD", "from-env");
        PasswordChain chain;
        chain.append(std::make_unique<EnvironmentPasswordSource>(u"CLI_TEST_UNSET_PASSWORD"_s));
        chain.append(std::make_unique<EnvironmentPasswordSource>(u"CLI_TEST_PASSWORD"_s));
        QCOMPARE(lookUp(chain, u"http://x/api"_s, u"u"_s), u"from-env"_s);
        PasswordChain empty;
        empty.append(std::make_unique<EnvironmentPasswordSource>(u"CLI_TEST_UNSET_PASSWORD"_s));
        empty.append(std::make_unique<TerminalPasswordPrompt>()); // stdin of a test is not a terminal
        QCOMPARE(lookUp(empty, u"http://x/api"_s, u"u"_s), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestKeychainPasswordSource)
#include "tst_keychainpasswordsource.moc"

// ProfileConnector: the one way a saved profile becomes credentials, by name or by API root and user.
#include "MemorySecretStore.h"
#include "ProfileConnector.h"
#include "ProfileStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseDesk;
using namespace Qt::StringLiterals;

class TestProfileConnector final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;

    void store(const QString &name, AuthMethod auth, const QString &user, const QString &url,
               const QString &secret) {
        ConnectionProfile profile;
        profile.name = name;
        profile.auth = auth;
        profile.user = user;
        profile.apiUrl = url;
        m_profiles->save(profile);
        bool written = false;
        m_secrets->write(name, *secretKindFor(auth), secret, this, [&](const SecretResult &) { written = true; });
        QTRY_VERIFY(written);
    }

private slots:
    void init() {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        m_settings->clear();
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_secrets = std::make_unique<MemorySecretStore>();
        store(u"Ticket"_s, AuthMethod::SoTicket, u"admin"_s, u"https://crm.example/SuperOffice"_s, u"7T:ticket"_s);
        store(u"Other user"_s, AuthMethod::Basic, u"someone"_s, u"https://crm.example/SuperOffice"_s, u"no"_s);
        store(u"Mine"_s, AuthMethod::Basic, u"admin"_s, u"https://crm.example/SuperOffice/api/v1/"_s, u"pw"_s);
    }

    void cleanup() {
        m_secrets.reset();
        m_profiles.reset();
        m_settings.reset();
    }

    void openMatchingFindsTheProfileByNormalisedRootUserAndMethod() {
        ProfileConnector connector(*m_profiles, *m_secrets);
        QSignalSpy ready(&connector, &ProfileConnector::ready);
        connector.openMatching(QUrl(u"https://crm.example/SuperOffice/api"_s), u"admin"_s, AuthMethod::Basic);
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().at(0).value<ConnectionProfile>().name, u"Mine"_s);
        QCOMPARE(ready.first().at(1).value<ConnectionSettings>().secret, u"pw"_s);
    }

    void openMatchingAsksForInputWhenNoProfileMatches_data() {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("user");
        QTest::newRow("other host") << u"https://elsewhere.example/api"_s << u"admin"_s;
        QTest::newRow("unknown user") << u"https://crm.example/SuperOffice/api"_s << u"nobody"_s;
    }
    void openMatchingAsksForInputWhenNoProfileMatches() {
        QFETCH(QString, root);
        QFETCH(QString, user);
        ProfileConnector connector(*m_profiles, *m_secrets);
        QSignalSpy ready(&connector, &ProfileConnector::ready);
        QSignalSpy needsInput(&connector, &ProfileConnector::needsInput);
        connector.openMatching(QUrl(root), user, AuthMethod::Basic);
        QCOMPARE(needsInput.count(), 1);
        QVERIFY(needsInput.first().at(0).toString().isEmpty());
        QVERIFY(!needsInput.first().at(1).toString().isEmpty());
        QCOMPARE(ready.count(), 0);
    }

    void openMatchingReportsAnUnreadableKeychain() {
        m_secrets->setUnavailable(u"no keychain here"_s);
        ProfileConnector connector(*m_profiles, *m_secrets);
        QSignalSpy needsInput(&connector, &ProfileConnector::needsInput);
        connector.openMatching(QUrl(u"https://crm.example/SuperOffice/api"_s), u"admin"_s, AuthMethod::Basic);
        QVERIFY(needsInput.wait(5000));
        QCOMPARE(needsInput.first().at(0).toString(), u"Mine"_s);
        QVERIFY(needsInput.first().at(1).toString().contains(u"no keychain here"_s));
    }
};

QTEST_GUILESS_MAIN(TestProfileConnector)
#include "tst_profileconnector.moc"

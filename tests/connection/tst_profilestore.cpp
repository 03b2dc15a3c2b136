// ProfileStore: profiles survive a round trip through an ini file, secrets never reach it, and the
// session-only profile is never written.
#include "ConnectionProfile.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LicenseDesk;

class TestProfileStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void savedProfileReadsBackEqual();
    void profileWithoutProxyHasNone();
    void savingSameNameReplacesAndKeepsOrder();
    void renameKeepsPositionAndLastUsed();
    void removeForgetsProfileAndLastUsed();
    void settingsFileNeverContainsSecrets();
    void sessionProfileIsListedButNeverWritten();
    void makeConnectionSettingsCarriesProfileAndSecrets();
    void makeConnectionSettingsRejectsUnusableUrl();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    QByteArray iniBytes() const;
    static ConnectionProfile sampleProfile(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfileStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestProfileStore::iniBytes() const {
    QFile file(iniPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

ConnectionProfile TestProfileStore::sampleProfile(const QString &name) {
    ConnectionProfile profile;
    profile.name = name;
    profile.apiUrl = QStringLiteral("https://crm.example.local/SuperOffice");
    profile.auth = AuthMethod::Basic;
    profile.user = QStringLiteral("admin");
    profile.useAppToken = true;
    profile.timeoutSeconds = 45;
    profile.trustedCertificates = {QByteArray(64, 'a'), QByteArray(64, 'b')};
    profile.proxy = ProxyConfig{QNetworkProxy::Socks5Proxy, QStringLiteral("proxy.example.local"), 1080,
                                QStringLiteral("proxyuser")};
    return profile;
}

void TestProfileStore::savedProfileReadsBackEqual() {
    const ConnectionProfile profile = sampleProfile(QStringLiteral("Customer A / onsite"));
    {
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        store.save(profile);
        store.setLastUsed(profile.name);
    }
    QSettings settings(iniPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    QCOMPARE(store.profileNames(), QStringList{profile.name});
    const std::optional<ConnectionProfile> loaded = store.load(profile.name);
    QVERIFY(loaded);
    QCOMPARE(*loaded, profile);
    QCOMPARE(store.lastUsed(), profile.name);
}

void TestProfileStore::profileWithoutProxyHasNone() {
    QSettings settings(iniPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    ConnectionProfile profile = sampleProfile(QStringLiteral("A"));
    store.save(profile);
    profile.proxy.reset();
    profile.auth = AuthMethod::Bearer;
    store.save(profile);
    QSettings reread(iniPath(), QSettings::IniFormat);
    const std::optional<ConnectionProfile> loaded = ProfileStore(&reread).load(QStringLiteral("A"));
    QVERIFY(loaded);
    QVERIFY(!loaded->proxy.has_value());
    QCOMPARE(loaded->auth, AuthMethod::Bearer);
}

void TestProfileStore::savingSameNameReplacesAndKeepsOrder() {
    QSettings settings(iniPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.save(sampleProfile(QStringLiteral("one")));
    store.save(sampleProfile(QStringLiteral("two")));
    store.save(sampleProfile(QStringLiteral("three")));
    ConnectionProfile changed = sampleProfile(QStringLiteral("two"));
    changed.apiUrl = QStringLiteral("http://other.example.local/SuperOffice");
    store.save(changed);
    QCOMPARE(store.profileNames(),
             (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    QCOMPARE(store.load(QStringLiteral("two"))->apiUrl, changed.apiUrl);
}

void TestProfileStore::renameKeepsPositionAndLastUsed() {
    QSettings settings(iniPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.save(sampleProfile(QStringLiteral("one")));
    store.save(sampleProfile(QStringLiteral("two")));
    store.setLastUsed(QStringLiteral("one"));
    store.rename(QStringLiteral("one"), sampleProfile(QStringLiteral("first")));
    QCOMPARE(store.profileNames(), (QStringList{QStringLiteral("first"), QStringLiteral("two")}));
    QCOMPARE(store.lastUsed(), QStringLiteral("first"));
    QVERIFY(!store.contains(QStringLiteral("one")));
}

void TestProfileStore::removeForgetsProfileAndLastUsed() {
    QSettings settings(iniPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.save(sampleProfile(QStringLiteral("one")));
    store.save(sampleProfile(QStringLiteral("two")));
    store.setLastUsed(QStringLiteral("two"));
    store.remove(QStringLiteral("two"));
    QCOMPARE(store.profileNames(), QStringList{QStringLiteral("one")});
    QVERIFY(store.lastUsed().isEmpty());
}

void TestProfileStore::settingsFileNeverContainsSecrets() {
    const QString password = QStringLiteral("Pa55-word-4711");
    const QString appToken = QStringLiteral("apptoken-0815-secret");
    const QString proxyPassword = QStringLiteral("proxy-pw-1234");
    MemorySecretStore secrets;
    QSettings settings(iniPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    const ConnectionProfile profile = sampleProfile(QStringLiteral("onsite"));
    store.save(profile);
    int written = 0;
    auto count = [&written](const SecretResult &result) { written += result.ok() ? 1 : 0; };
    secrets.write(profile.name, SecretKind::Password, password, this, count);
    secrets.write(profile.name, SecretKind::AppToken, appToken, this, count);
    secrets.write(profile.name, SecretKind::ProxyPassword, proxyPassword, this, count);
    QTRY_COMPARE(written, 3);
    settings.sync();

    const QByteArray bytes = iniBytes();
    QVERIFY(bytes.contains("crm.example.local")); // the profile itself is there
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains(appToken.toUtf8()));
    QVERIFY(!bytes.contains(proxyPassword.toUtf8()));
    QCOMPARE(secrets.count(), 3);
}

void TestProfileStore::sessionProfileIsListedButNeverWritten() {
    QSettings settings(iniPath(), QSettings::IniFormat);
    ProfileStore store(&settings);
    store.save(sampleProfile(QStringLiteral("saved")));
    ConnectionProfile demo = sampleProfile(QStringLiteral("Demo server"));
    demo.apiUrl = QStringLiteral("http://127.0.0.1:4711/api");
    store.setSessionProfile(demo);
    QCOMPARE(store.profileNames(), (QStringList{QStringLiteral("Demo server"), QStringLiteral("saved")}));
    QVERIFY(store.isSessionOnly(QStringLiteral("Demo server")));

    demo.timeoutSeconds = 5;
    store.save(demo);
    store.setLastUsed(demo.name);
    QCOMPARE(store.lastUsed(), demo.name);
    QCOMPARE(store.load(demo.name)->timeoutSeconds, 5);
    settings.sync();

    QVERIFY(!iniBytes().contains("Demo server"));
    QVERIFY(!iniBytes().contains("4711"));
    QSettings reread(iniPath(), QSettings::IniFormat);
    ProfileStore fresh(&reread);
    QCOMPARE(fresh.profileNames(), QStringList{QStringLiteral("saved")});
    QVERIFY(fresh.lastUsed().isEmpty());
}

void TestProfileStore::makeConnectionSettingsCarriesProfileAndSecrets() {
    ConnectionProfile profile = sampleProfile(QStringLiteral("p"));
    profile.apiUrl = QStringLiteral("https://crm.example.local/SuperOffice/");
    const ProfileSecrets secrets{QStringLiteral("pw"), QStringLiteral("app"), QStringLiteral("proxypw")};
    QString error;
    const std::optional<ConnectionSettings> settings = makeConnectionSettings(profile, secrets, &error);
    QVERIFY2(settings, qPrintable(error));
    QCOMPARE(settings->apiRoot, QUrl(QStringLiteral("https://crm.example.local/SuperOffice/api")));
    QCOMPARE(settings->auth, AuthMethod::Basic);
    QCOMPARE(settings->user, QStringLiteral("admin"));
    QCOMPARE(settings->secret, QStringLiteral("pw"));
    QCOMPARE(settings->appToken, QStringLiteral("app"));
    QCOMPARE(settings->timeout, std::chrono::milliseconds(45000));
    QCOMPARE(settings->trustedCertificates, profile.trustedCertificates);
    QVERIFY(settings->proxy);
    QCOMPARE(settings->proxy->type(), QNetworkProxy::Socks5Proxy);
    QCOMPARE(settings->proxy->hostName(), QStringLiteral("proxy.example.local"));
    QCOMPARE(settings->proxy->port(), quint16(1080));
    QCOMPARE(settings->proxy->password(), QStringLiteral("proxypw"));

    profile.useAppToken = false;
    profile.proxy.reset();
    const std::optional<ConnectionSettings> plain = makeConnectionSettings(profile, secrets);
    QVERIFY(plain);
    QVERIFY(plain->appToken.isEmpty());
    QVERIFY(!plain->proxy);
}

void TestProfileStore::makeConnectionSettingsRejectsUnusableUrl() {
    ConnectionProfile profile = sampleProfile(QStringLiteral("p"));
    profile.apiUrl = QStringLiteral("not a url at all");
    QString error;
    QVERIFY(!makeConnectionSettings(profile, {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"

// ConnectionDialog driven through its real widgets: fields per sign-in method, saving, secrets
// kept out of the settings file, no-keychain explanation, removal, revoking and the connection test.
#include "CertificateDialog.h"
#include "ConnectionDialog.h"
#include "LoopbackPeer.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace LicenseDesk;
using namespace LicenseDesk::Testing;

class TestConnectionDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void switchingAuthMethodShowsMatchingFields();
    void typingAndSavingCreatesProfileWithSecretInStoreOnly();
    void storedSecretsFillTheFormWhenProfileIsShown();
    void missingKeychainIsExplainedAndSecretKeptForSession();
    void renamingMovesTheSecret();
    void removeAsksThenForgetsProfileAndSecrets();
    void revokeRemovesPinnedCertificate();
    void connectAcceptsWithChosenProfileAndRemembersIt();
    void testConnectionReportsEachStep();
    void untrustedCertificateCanBeTrustedFromTheTest();
    void cancelStopsTheTestAndReenablesIt();
    void certificateDialogDescribesCertificateInWords();

private:
    template <typename T> static T *child(QObject *parent, const char *name);
    static void typeInto(QLineEdit *edit, const QString &text);
    static void chooseAuth(ConnectionDialog &dialog, AuthMethod method);
    static void clickSave(ConnectionDialog &dialog);
    QByteArray settingsBytes() const;
    ConnectionProfile saveSample(const QString &name, const QString &password);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QNetworkAccessManager m_network;
    std::optional<SelfSignedCertificate> m_certificate;
    QString m_certificateError;
};

template <typename T> T *TestConnectionDialog::child(QObject *parent, const char *name) {
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no child %s", name);
    return widget;
}

void TestConnectionDialog::typeInto(QLineEdit *edit, const QString &text) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestConnectionDialog::chooseAuth(ConnectionDialog &dialog, AuthMethod method) {
    auto *combo = child<QComboBox>(&dialog, "authCombo");
    combo->setCurrentIndex(combo->findData(int(method)));
}

void TestConnectionDialog::clickSave(ConnectionDialog &dialog) {
    auto *box = child<QDialogButtonBox>(&dialog, "buttonBox");
    QTest::mouseClick(box->button(QDialogButtonBox::Save), Qt::LeftButton);
}

QByteArray TestConnectionDialog::settingsBytes() const {
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ConnectionProfile TestConnectionDialog::saveSample(const QString &name, const QString &password) {
    ConnectionProfile profile;
    profile.name = name;
    profile.apiUrl = QStringLiteral("https://crm.example.local/SuperOffice");
    profile.user = QStringLiteral("admin");
    m_store->save(profile);
    if (!password.isEmpty()) {
        bool written = false;
        m_secrets->write(name, SecretKind::Password, password, this,
                         [&written](const SecretResult &result) { written = result.ok(); });
        [&] { QTRY_VERIFY(written); }();
    }
    return profile;
}

void TestConnectionDialog::initTestCase() {
    // One certificate for every test that needs one: generating RSA keys is the slow part.
    m_certificate = SelfSignedCertificate::generate(&m_certificateError);
}

void TestConnectionDialog::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("licensedesk.ini")), QSettings::IniFormat);
    m_store = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestConnectionDialog::cleanup() {
    m_store.reset();
    m_settings.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestConnectionDialog::switchingAuthMethodShowsMatchingFields() {
    ConnectionDialog dialog(*m_store, *m_secrets, &m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto visible = [&dialog](const char *name) { return child<QWidget>(&dialog, name)->isVisible(); };

    chooseAuth(dialog, AuthMethod::Basic);
    QVERIFY(visible("userEdit") && visible("passwordEdit"));
    QVERIFY(!visible("ticketEdit") && !visible("tokenEdit"));

    chooseAuth(dialog, AuthMethod::SoTicket);
    QVERIFY(visible("ticketEdit"));
    QVERIFY(!visible("userEdit") && !visible("passwordEdit") && !visible("tokenEdit"));

    chooseAuth(dialog, AuthMethod::Bearer);
    QVERIFY(visible("tokenEdit"));
    QVERIFY(!visible("userEdit") && !visible("passwordEdit") && !visible("ticketEdit"));

    chooseAuth(dialog, AuthMethod::None);
    QVERIFY(!visible("userEdit") && !visible("passwordEdit") && !visible("ticketEdit") &&
            !visible("tokenEdit"));

    auto *appTokenEdit = child<QLineEdit>(&dialog, "appTokenEdit");
    QVERIFY(!appTokenEdit->isEnabled());
    QTest::mouseClick(child<QCheckBox>(&dialog, "appTokenCheck"), Qt::LeftButton);
    QVERIFY(appTokenEdit->isEnabled());
}

void TestConnectionDialog::typingAndSavingCreatesProfileWithSecretInStoreOnly() {
    const QString password = QStringLiteral("Very-Secret-4711");
    const QString appToken = QStringLiteral("AppToken-0815-xyz");
    ConnectionDialog dialog(*m_store, *m_secrets, &m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.currentProfileName().isEmpty()); // nothing saved yet: a new profile is drafted
    QSignalSpy saved(&dialog, &ConnectionDialog::profileSaved);

    typeInto(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Customer A"));
    typeInto(child<QLineEdit>(&dialog, "apiUrlEdit"),
             QStringLiteral("https://crm.example.local/SuperOffice"));
    chooseAuth(dialog, AuthMethod::Basic);
    typeInto(child<QLineEdit>(&dialog, "userEdit"), QStringLiteral("admin"));
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), password);
    QTest::mouseClick(child<QCheckBox>(&dialog, "appTokenCheck"), Qt::LeftButton);
    typeInto(child<QLineEdit>(&dialog, "appTokenEdit"), appToken);
    clickSave(dialog);

    QCOMPARE(saved.count(), 1);
    QCOMPARE(dialog.currentProfileName(), QStringLiteral("Customer A"));
    const std::optional<ConnectionProfile> profile = m_store->load(QStringLiteral("Customer A"));
    QVERIFY(profile);
    QCOMPARE(profile->apiUrl, QStringLiteral("https://crm.example.local/SuperOffice"));
    QCOMPARE(profile->user, QStringLiteral("admin"));
    QCOMPARE(profile->auth, AuthMethod::Basic);
    QVERIFY(profile->useAppToken);
    QCOMPARE(child<QListWidget>(&dialog, "profileList")->count(), 1);

    std::optional<SecretResult> stored;
    m_secrets->read(QStringLiteral("Customer A"), SecretKind::Password, this,
                    [&stored](const SecretResult &result) { stored = result; });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->value, password);

    const QByteArray bytes = settingsBytes();
    QVERIFY(bytes.contains("Customer A"));
    QVERIFY(!bytes.contains(password.toUtf8()));
    QVERIFY(!bytes.contains(appToken.toUtf8()));
}

void TestConnectionDialog::storedSecretsFillTheFormWhenProfileIsShown() {
    saveSample(QStringLiteral("one"), QStringLiteral("first-password"));
    saveSample(QStringLiteral("two"), QStringLiteral("second-password"));
    m_store->setLastUsed(QStringLiteral("two"));
    ConnectionDialog dialog(*m_store, *m_secrets, &m_network);
    auto *passwordEdit = child<QLineEdit>(&dialog, "passwordEdit");
    QCOMPARE(dialog.currentProfileName(), QStringLiteral("two"));
    QTRY_COMPARE(passwordEdit->text(), QStringLiteral("second-password"));
    dialog.selectProfile(QStringLiteral("one"));
    QTRY_COMPARE(passwordEdit->text(), QStringLiteral("first-password"));
    QCOMPARE(child<QLineEdit>(&dialog, "userEdit")->text(), QStringLiteral("admin"));
}

void TestConnectionDialog::missingKeychainIsExplainedAndSecretKeptForSession() {
    m_secrets->setUnavailable(
        QStringLiteral("No Secret Service is running, so LicenseDesk will ask each time."));
    ConnectionDialog dialog(*m_store, *m_secrets, &m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *keychainLabel = child<QLabel>(&dialog, "keychainLabel");
    QVERIFY(!keychainLabel->isVisible());
    typeInto(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("nokeychain"));
    typeInto(child<QLineEdit>(&dialog, "apiUrlEdit"), QStringLiteral("http://127.0.0.1:1/SuperOffice"));
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("typed-pw"));
    clickSave(dialog);
    QTRY_VERIFY(keychainLabel->isVisible());
    QVERIFY(keychainLabel->text().contains(QLatin1String("No Secret Service is running")));
    QVERIFY(!settingsBytes().contains("typed-pw"));

    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenSecrets().secret, QStringLiteral("typed-pw"));
}

void TestConnectionDialog::renamingMovesTheSecret() {
    saveSample(QStringLiteral("old name"), QStringLiteral("kept-password"));
    ConnectionDialog dialog(*m_store, *m_secrets, &m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(child<QLineEdit>(&dialog, "passwordEdit")->text(), QStringLiteral("kept-password"));
    QTest::mouseClick(child<QPushButton>(&dialog, "renameButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("new name"));
    clickSave(dialog);
    QCOMPARE(m_store->profileNames(), QStringList{QStringLiteral("new name")});
    std::optional<SecretResult> moved;
    m_secrets->read(QStringLiteral("new name"), SecretKind::Password, this,
                    [&moved](const SecretResult &result) { moved = result; });
    QTRY_VERIFY(moved.has_value());
    QCOMPARE(moved->value, QStringLiteral("kept-password"));
    QTRY_COMPARE(m_secrets->count(), 1); // nothing left under the old name
}

void TestConnectionDialog::removeAsksThenForgetsProfileAndSecrets() {
    saveSample(QStringLiteral("doomed"), QStringLiteral("pw"));
    ConnectionDialog dialog(*m_store, *m_secrets, &m_network);
    QString question;
    dialog.setModalHook([&question](QDialog *box) {
        auto *message = qobject_cast<QMessageBox *>(box);
        QVERIFY(message);
        question = message->text();
        message->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "removeButton"), Qt::LeftButton);
    QVERIFY(question.contains(QLatin1String("doomed")));
    QVERIFY(m_store->profileNames().isEmpty());
    QTRY_COMPARE(m_secrets->count(), 0);
    QVERIFY(dialog.currentProfileName().isEmpty());
}

void TestConnectionDialog::revokeRemovesPinnedCertificate() {
    ConnectionProfile profile = saveSample(QStringLiteral("pinned"), {});
    const QByteArray keep(64, 'a');
    const QByteArray revoke(64, 'b');
    profile.trustedCertificates = {keep, revoke};
    m_store->save(profile);
    ConnectionDialog dialog(*m_store, *m_secrets, &m_network);
    auto *list = child<QListWidget>(&dialog, "trustedList");
    auto *revokeButton = child<QPushButton>(&dialog, "revokeButton");
    QCOMPARE(list->count(), 2);
    QVERIFY(!revokeButton->isEnabled());
    list->setCurrentRow(1);
    QVERIFY(revokeButton->isEnabled());
    QTest::mouseClick(revokeButton, Qt::LeftButton);
    QCOMPARE(list->count(), 1);
    QCOMPARE(m_store->load(QStringLiteral("pinned"))->trustedCertificates, QList<QByteArray>{keep});
}

void TestConnectionDialog::connectAcceptsWithChosenProfileAndRemembersIt() {
    saveSample(QStringLiteral("one"), QStringLiteral("pw-one"));
    saveSample(QStringLiteral("two"), QStringLiteral("pw-two"));
    ConnectionDialog dialog(*m_store, *m_secrets, &m_network);
    dialog.selectProfile(QStringLiteral("two"));
    QTRY_COMPARE(child<QLineEdit>(&dialog, "passwordEdit")->text(), QStringLiteral("pw-two"));
    QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenProfile().name, QStringLiteral("two"));
    QCOMPARE(dialog.chosenSecrets().secret, QStringLiteral("pw-two"));
    QCOMPARE(m_store->lastUsed(), QStringLiteral("two"));
}

void TestConnectionDialog::testConnectionReportsEachStep() {
    QFile file(QStringLiteral(LICENSEDESK_TEST_DATA "/license-all-owners.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    LoopbackPeer server;
    server.setFallback(PeerReply::json(file.readAll()));
    QVERIFY(server.listen());
    ConnectionDialog dialog(*m_store, *m_secrets, &m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(&dialog, "apiUrlEdit"), server.apiRoot());
    typeInto(child<QLineEdit>(&dialog, "passwordEdit"), QStringLiteral("pw"));
    QSignalSpy finished(dialog.tester(), &ConnectionTester::finished);
    auto *testButton = child<QPushButton>(&dialog, "testButton");
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(!testButton->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "cancelTestButton")->isEnabled());
    QVERIFY(finished.wait(30000));
    QVERIFY(testButton->isEnabled());
    auto *results = child<QTreeWidget>(&dialog, "testResults");
    QCOMPARE(results->topLevelItemCount(), 4);
    QStringList outcomes;
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        outcomes.append(results->topLevelItem(i)->text(1));
    QCOMPARE(outcomes, (QStringList{QStringLiteral("OK"), QStringLiteral("OK"), QStringLiteral("Skipped"),
                                    QStringLiteral("OK")}));
    QVERIFY(results->topLevelItem(3)->text(2).contains(QLatin1String("2 owner")));
}

void TestConnectionDialog::untrustedCertificateCanBeTrustedFromTheTest() {
    if (!m_certificate && QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed");
    QVERIFY2(m_certificate, qPrintable(m_certificateError));
    const SelfSignedCertificate *certificate = &*m_certificate;
    QFile file(QStringLiteral(LICENSEDESK_TEST_DATA "/license-all-owners.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    LoopbackPeer server(*certificate);
    server.setFallback(PeerReply::json(file.readAll()));
    QVERIFY(server.listen());
    ConnectionProfile profile = saveSample(QStringLiteral("self-signed"), QStringLiteral("pw"));
    profile.apiUrl = server.apiRoot();
    m_store->save(profile);

    ConnectionDialog dialog(*m_store, *m_secrets, &m_network);
    QString trustText;
    dialog.setModalHook([&trustText](QDialog *shown) {
        auto *trust =
            shown->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->buttons().constFirst();
        for (QAbstractButton *button :
             shown->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->buttons()) {
            if (button->text().contains(QLatin1String("Trust")))
                trust = button;
        }
        trustText = trust->text();
        trust->click();
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_COMPARE(child<QLineEdit>(&dialog, "passwordEdit")->text(), QStringLiteral("pw"));
    QSignalSpy finished(dialog.tester(), &ConnectionTester::finished);
    auto *reviewButton = child<QPushButton>(&dialog, "certificateButton");
    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    QVERIFY(reviewButton->isVisible());

    QTest::mouseClick(reviewButton, Qt::LeftButton);
    QCOMPARE(trustText.remove(QLatin1Char('&')), QStringLiteral("Trust this certificate for self-signed"));
    const QByteArray fingerprint = certificate->certificate.digest(QCryptographicHash::Sha256).toHex();
    QCOMPARE(m_store->load(QStringLiteral("self-signed"))->trustedCertificates,
             QList<QByteArray>{fingerprint});
    QCOMPARE(child<QListWidget>(&dialog, "trustedList")->count(), 1);

    QTest::mouseClick(child<QPushButton>(&dialog, "testButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
}

void TestConnectionDialog::cancelStopsTheTestAndReenablesIt() {
    LoopbackPeer server;
    server.setFallback(PeerReply::json(QByteArray("[]")));
    QVERIFY(server.listen());
    ConnectionDialog dialog(*m_store, *m_secrets, &m_network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(&dialog, "apiUrlEdit"), server.apiRoot());
    QSignalSpy finished(dialog.tester(), &ConnectionTester::finished);
    auto *testButton = child<QPushButton>(&dialog, "testButton");
    auto *cancelButton = child<QPushButton>(&dialog, "cancelTestButton");
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(cancelButton->isEnabled());
    QTest::mouseClick(cancelButton, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QVERIFY(testButton->isEnabled());
    QVERIFY(!cancelButton->isEnabled());
    auto *results = child<QTreeWidget>(&dialog, "testResults");
    QTreeWidgetItem *last = results->topLevelItem(results->topLevelItemCount() - 1);
    QCOMPARE(last->text(1), QStringLiteral("Failed"));
    QCOMPARE(last->text(2), QStringLiteral("Cancelled."));
}

void TestConnectionDialog::certificateDialogDescribesCertificateInWords() {
    if (!m_certificate && QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QSKIP("openssl is not installed");
    QVERIFY2(m_certificate, qPrintable(m_certificateError));
    const QList<QSslCertificate> chain{m_certificate->certificate};
    CertificateDialog dialog(chain, {}, QStringLiteral("Customer A"), QStringLiteral("127.0.0.1"));
    const QByteArray fingerprint = m_certificate->certificate.digest(QCryptographicHash::Sha256).toHex();
    QCOMPARE(dialog.fingerprint(), fingerprint);
    QCOMPARE(child<QLabel>(&dialog, "fingerprintLabel")->text(), formatFingerprint(fingerprint));
    QVERIFY(
        formatFingerprint(fingerprint).startsWith(QString::fromLatin1(fingerprint.left(2).toUpper() + ':')));
    QVERIFY(child<QLabel>(&dialog, "subjectLabel")->text().contains(QLatin1String("127.0.0.1")));
    QVERIFY(child<QLabel>(&dialog, "issuerLabel")->text().contains(QLatin1String("self-signed")));
    QVERIFY(!child<QLabel>(&dialog, "validityLabel")->text().contains(QLatin1String("expired")));
    QVERIFY(child<QLabel>(&dialog, "headlineLabel")->text().contains(QLatin1String("127.0.0.1")));
    // With no errors handed in, the dialog asks Qt which checks the certificate fails.
    auto *errors = child<QListWidget>(&dialog, "errorsList");
    QVERIFY(errors->count() > 0);
    QStringList texts;
    for (int i = 0; i < errors->count(); ++i)
        texts.append(errors->item(i)->text());
    QVERIFY2(texts.join(QLatin1Char(' ')).contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
             qPrintable(texts.join(QLatin1String(" | "))));
    QCOMPARE(dialog.trustButton()->text().remove(QLatin1Char('&')),
             QStringLiteral("Trust this certificate for Customer A"));
    QVERIFY(!dialog.trustButton()->isDefault()); // Enter must not trust by accident

    const CertificateDialog empty({}, {}, QStringLiteral("Customer A"), QStringLiteral("host.example"));
    QVERIFY(!empty.trustButton()->isEnabled());
    QVERIFY(empty.fingerprint().isEmpty());
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"

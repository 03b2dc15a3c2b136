// The dialog edits one profile at a time; secrets are read from and written to the SecretStore
// asynchronously, and a generation counter drops answers that arrive after another profile was shown.
#include "ConnectionDialog.h"

#include "CertificateDialog.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "ui_connectiondialog.h"

#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace LicenseDesk {

namespace {

constexpr int ProfileNameRole = Qt::UserRole;
constexpr int FingerprintRole = Qt::UserRole;

constexpr SecretKind AllKinds[] = {SecretKind::Password, SecretKind::Ticket, SecretKind::Token,
                                   SecretKind::AppToken, SecretKind::ProxyPassword};

} // namespace

ConnectionDialog::ConnectionDialog(ProfileStore &profiles, SecretStore &secrets,
                                   QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectionDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_tester(new ConnectionTester(network, this))
    , m_modalHook([](QDialog *dialog) {
        dialog->setWindowModality(Qt::WindowModal);
        dialog->open();
    }) {
    m_ui->setupUi(this);
    m_ui->buttonBox->setStandardButtons(QDialogButtonBox::Save | QDialogButtonBox::Ok |
                                        QDialogButtonBox::Close);
    setUpCombos();
    m_ui->cancelTestButton->setEnabled(false);
    m_ui->certificateButton->setVisible(false);
    m_ui->keychainLabel->setVisible(false);

    connectProfileButtons();
    connectFieldVisibility();
    connectTester();
    connectButtonBox();
    connect(&m_secrets, &SecretStore::unavailable, this, &ConnectionDialog::showKeychainProblem);

    reloadProfileList(m_profiles.lastUsed());
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::connectProfileButtons() {
    connect(m_ui->profileList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        if (const std::optional<ConnectionProfile> profile =
                m_profiles.load(item->data(ProfileNameRole).toString()))
            showProfile(*profile, true);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &ConnectionDialog::startNewProfile);
    connect(m_ui->renameButton, &QPushButton::clicked, this, [this] {
        m_ui->tabs->setCurrentWidget(m_ui->serverTab);
        m_ui->nameEdit->setFocus();
        m_ui->nameEdit->selectAll();
        setStatus(tr("Type the new name, then save."));
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ConnectionDialog::removeCurrentProfile);
}

void ConnectionDialog::connectFieldVisibility() {
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateFieldVisibility);
    connect(m_ui->appTokenCheck, &QCheckBox::toggled, this, &ConnectionDialog::updateFieldVisibility);
    connect(m_ui->explicitProxyRadio, &QRadioButton::toggled, this, &ConnectionDialog::updateFieldVisibility);
    connect(m_ui->trustedList, &QListWidget::itemSelectionChanged, this,
            &ConnectionDialog::updateFieldVisibility);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &ConnectionDialog::revokeSelectedCertificate);
}

void ConnectionDialog::connectTester() {
    connect(m_ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::startTest);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, m_tester, &ConnectionTester::cancel);
    connect(m_ui->certificateButton, &QPushButton::clicked, this, &ConnectionDialog::reviewCertificate);
    connect(m_tester, &ConnectionTester::stepChanged, this, &ConnectionDialog::onTestStep);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionDialog::onTestFinished);
    connect(m_tester, &ConnectionTester::certificateProblem, this,
            [this](const QList<QSslCertificate> &chain, const QList<QSslError> &errors) {
                m_problemChain = chain;
                m_problemErrors = errors;
                m_ui->certificateButton->setVisible(!chain.isEmpty());
                setStatus(
                    tr("The server's certificate is not trusted. Review it to decide whether to trust it."));
            });
}

void ConnectionDialog::connectButtonBox() {
    // Save has the accept role too, so the buttons are told apart here instead of by accepted().
    connect(m_ui->buttonBox, &QDialogButtonBox::clicked, this, [this](QAbstractButton *button) {
        switch (m_ui->buttonBox->standardButton(button)) {
        case QDialogButtonBox::Save:
            saveProfile();
            break;
        case QDialogButtonBox::Ok:
            accept();
            break;
        default:
            reject();
            break;
        }
    });
}

void ConnectionDialog::setUpCombos() {
    const int auth = m_ui->authCombo->currentIndex();
    m_ui->authCombo->clear();
    m_ui->authCombo->addItem(tr("User name and password (Basic)"), int(AuthMethod::Basic));
    m_ui->authCombo->addItem(tr("SuperOffice ticket (SOTicket)"), int(AuthMethod::SoTicket));
    m_ui->authCombo->addItem(tr("Access token (Bearer, Online)"), int(AuthMethod::Bearer));
    //: Sign-in method: send no credentials
    m_ui->authCombo->addItem(tr("None"), int(AuthMethod::None));
    m_ui->authCombo->setCurrentIndex(qMax(0, auth));
    const int proxyType = m_ui->proxyTypeCombo->currentIndex();
    m_ui->proxyTypeCombo->clear();
    m_ui->proxyTypeCombo->addItem(tr("HTTP"), int(QNetworkProxy::HttpProxy));
    m_ui->proxyTypeCombo->addItem(tr("SOCKS 5"), int(QNetworkProxy::Socks5Proxy));
    m_ui->proxyTypeCombo->setCurrentIndex(qMax(0, proxyType));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_ui->testResults->setHeaderLabels({tr("Step"), tr("Result"), tr("Details")});
}

void ConnectionDialog::reloadProfileList(const QString &select) {
    const QSignalBlocker blocker(m_ui->profileList);
    m_ui->profileList->clear();
    QListWidgetItem *selected = nullptr;
    const QList<ConnectionProfile> profiles = m_profiles.profiles();
    for (const ConnectionProfile &profile : profiles) {
        const QString text = m_profiles.isSessionOnly(profile.name)
                                 ? tr("%1 (this session only)").arg(profile.name)
                                 : profile.name;
        auto *item = new QListWidgetItem(text, m_ui->profileList);
        item->setData(ProfileNameRole, profile.name);
        if (profile.name == select || (!selected && select.isEmpty()))
            selected = item;
    }
    if (!selected && m_ui->profileList->count() > 0)
        selected = m_ui->profileList->item(0);
    if (!selected) {
        startNewProfile();
        return;
    }
    m_ui->profileList->setCurrentItem(selected);
    const QString name = selected->data(ProfileNameRole).toString();
    if (name != m_editingName)
        showProfile(*m_profiles.load(name), true);
    updateFieldVisibility();
}

void ConnectionDialog::selectProfile(const QString &name) {
    reloadProfileList(name);
}

void ConnectionDialog::showProfile(const ConnectionProfile &profile, bool saved) {
    m_editingName = saved ? profile.name : QString();
    m_ui->nameEdit->setText(profile.name);
    m_ui->apiUrlEdit->setText(profile.apiUrl);
    m_ui->authCombo->setCurrentIndex(qMax(0, m_ui->authCombo->findData(int(profile.auth))));
    m_ui->userEdit->setText(profile.user);
    m_ui->appTokenCheck->setChecked(profile.useAppToken);
    m_ui->timeoutSpin->setValue(profile.timeoutSeconds);
    m_ui->explicitProxyRadio->setChecked(profile.proxy.has_value());
    m_ui->systemProxyRadio->setChecked(!profile.proxy.has_value());
    const ProxyConfig proxy = profile.proxy.value_or(ProxyConfig{});
    m_ui->proxyTypeCombo->setCurrentIndex(qMax(0, m_ui->proxyTypeCombo->findData(int(proxy.type))));
    m_ui->proxyHostEdit->setText(proxy.host);
    m_ui->proxyPortSpin->setValue(proxy.port);
    m_ui->proxyUserEdit->setText(proxy.user);
    for (QLineEdit *edit :
         {m_ui->passwordEdit, m_ui->ticketEdit, m_ui->tokenEdit, m_ui->appTokenEdit, m_ui->proxyPasswordEdit})
        edit->clear();
    m_trusted = profile.trustedCertificates;
    m_ui->testResults->clear();
    m_stepItems.clear();
    m_ui->certificateButton->setVisible(false);
    updateTrustedList();
    updateFieldVisibility();
    if (saved)
        loadSecrets(profile);
}

void ConnectionDialog::startNewProfile() {
    {
        const QSignalBlocker blocker(m_ui->profileList);
        m_ui->profileList->setCurrentItem(nullptr);
        m_ui->profileList->clearSelection();
    }
    ConnectionProfile profile;
    profile.name = uniqueNewName();
    ++m_secretGeneration; // answers for the previous profile must not fill the new one
    showProfile(profile, false);
    m_ui->tabs->setCurrentWidget(m_ui->serverTab);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

QString ConnectionDialog::uniqueNewName() const {
    const QString base = tr("New connection");
    QString name = base;
    for (int i = 2; m_profiles.contains(name); ++i)
        name = base + QLatin1Char(' ') + QString::number(i);
    return name;
}

void ConnectionDialog::loadSecrets(const ConnectionProfile &profile) {
    const int generation = ++m_secretGeneration;
    if (const auto it = m_sessionSecrets.constFind(profile.name); it != m_sessionSecrets.cend()) {
        const ProfileSecrets &secrets = *it;
        if (const std::optional<SecretKind> kind = secretKindFor(profile.auth)) {
            QLineEdit *edit = *kind == SecretKind::Password ? m_ui->passwordEdit
                              : *kind == SecretKind::Ticket ? m_ui->ticketEdit
                                                            : m_ui->tokenEdit;
            edit->setText(secrets.secret);
        }
        m_ui->appTokenEdit->setText(secrets.appToken);
        m_ui->proxyPasswordEdit->setText(secrets.proxyPassword);
        return;
    }
    if (m_profiles.isSessionOnly(profile.name))
        return;
    QList<SecretKind> kinds;
    if (const std::optional<SecretKind> kind = secretKindFor(profile.auth))
        kinds.append(*kind);
    if (profile.useAppToken)
        kinds.append(SecretKind::AppToken);
    if (profile.proxy && !profile.proxy->user.isEmpty())
        kinds.append(SecretKind::ProxyPassword);
    for (SecretKind kind : std::as_const(kinds)) {
        m_secrets.read(profile.name, kind, this, [this, generation, kind](const SecretResult &result) {
            if (generation != m_secretGeneration)
                return;
            if (result.status == SecretResult::Status::Unavailable) {
                showKeychainProblem(result.message);
                return;
            }
            if (!result.ok())
                return;
            QLineEdit *edit = kind == SecretKind::Password   ? m_ui->passwordEdit
                              : kind == SecretKind::Ticket   ? m_ui->ticketEdit
                              : kind == SecretKind::Token    ? m_ui->tokenEdit
                              : kind == SecretKind::AppToken ? m_ui->appTokenEdit
                                                             : m_ui->proxyPasswordEdit;
            if (edit->text().isEmpty()) // never overwrite what the admin typed meanwhile
                edit->setText(result.value);
        });
    }
}

ConnectionProfile ConnectionDialog::formProfile() const {
    ConnectionProfile profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.apiUrl = m_ui->apiUrlEdit->text().trimmed();
    profile.auth = AuthMethod(m_ui->authCombo->currentData().toInt());
    profile.user = profile.auth == AuthMethod::Basic ? m_ui->userEdit->text().trimmed() : QString();
    profile.useAppToken = m_ui->appTokenCheck->isChecked();
    profile.timeoutSeconds = m_ui->timeoutSpin->value();
    profile.trustedCertificates = m_trusted;
    if (m_ui->explicitProxyRadio->isChecked()) {
        ProxyConfig proxy;
        proxy.type = QNetworkProxy::ProxyType(m_ui->proxyTypeCombo->currentData().toInt());
        proxy.host = m_ui->proxyHostEdit->text().trimmed();
        proxy.port = quint16(m_ui->proxyPortSpin->value());
        proxy.user = m_ui->proxyUserEdit->text().trimmed();
        profile.proxy = proxy;
    }
    return profile;
}

ProfileSecrets ConnectionDialog::formSecrets() const {
    ProfileSecrets secrets;
    switch (AuthMethod(m_ui->authCombo->currentData().toInt())) {
    case AuthMethod::Basic:
        secrets.secret = m_ui->passwordEdit->text();
        break;
    case AuthMethod::SoTicket:
        secrets.secret = m_ui->ticketEdit->text().trimmed();
        break;
    case AuthMethod::Bearer:
        secrets.secret = m_ui->tokenEdit->text().trimmed();
        break;
    case AuthMethod::None:
        break;
    }
    if (m_ui->appTokenCheck->isChecked())
        secrets.appToken = m_ui->appTokenEdit->text().trimmed();
    if (m_ui->explicitProxyRadio->isChecked() && !m_ui->proxyUserEdit->text().trimmed().isEmpty())
        secrets.proxyPassword = m_ui->proxyPasswordEdit->text();
    return secrets;
}

bool ConnectionDialog::saveProfile() {
    const ConnectionProfile profile = formProfile();
    const ProfileSecrets secrets = formSecrets();
    auto refuse = [this](QWidget *field, const QString &why) {
        m_ui->tabs->setCurrentWidget(field->parentWidget());
        field->setFocus();
        setStatus(why);
        return false;
    };
    if (profile.name.isEmpty())
        return refuse(m_ui->nameEdit, tr("Give the connection a name."));
    if (profile.name != m_editingName && m_profiles.contains(profile.name))
        return refuse(m_ui->nameEdit, tr("A connection named “%1” already exists.").arg(profile.name));
    QString urlError;
    if (!makeConnectionSettings(profile, secrets, &urlError))
        return refuse(m_ui->apiUrlEdit, tr("The API URL cannot be used: %1").arg(urlError));
    if (profile.proxy && profile.proxy->host.isEmpty())
        return refuse(m_ui->proxyHostEdit,
                      tr("Enter the proxy's host name, or use the system proxy settings."));

    const QString oldName = m_editingName;
    if (oldName.isEmpty())
        m_profiles.save(profile);
    else
        m_profiles.rename(oldName, profile);
    storeSecrets(oldName, profile, secrets);
    m_editingName = profile.name;
    reloadProfileList(profile.name);
    setStatus(tr("Saved “%1”.").arg(profile.name));
    if (!oldName.isEmpty() && oldName != profile.name)
        emit profileRenamed(oldName, profile.name);
    emit profileSaved(profile.name);
    return true;
}

void ConnectionDialog::storeSecrets(const QString &oldName, const ConnectionProfile &profile,
                                    const ProfileSecrets &secrets) {
    m_sessionSecrets.remove(oldName);
    m_sessionSecrets.insert(profile.name, secrets);
    if (m_profiles.isSessionOnly(profile.name))
        return; // a session-only profile leaves no trace, not even in the keychain
    auto report = [this](const SecretResult &result) {
        if (result.status == SecretResult::Status::Failed)
            setStatus(result.message);
    };
    const std::optional<SecretKind> authKind = secretKindFor(profile.auth);
    for (SecretKind kind : AllKinds) {
        QString value;
        if (authKind && kind == *authKind)
            value = secrets.secret;
        else if (kind == SecretKind::AppToken)
            value = secrets.appToken;
        else if (kind == SecretKind::ProxyPassword)
            value = secrets.proxyPassword;
        if (!value.isEmpty())
            m_secrets.write(profile.name, kind, value, this, report);
        else if (!m_keychainProblem.isEmpty())
            continue; // nothing to remove from a keychain that does not exist
        else
            m_secrets.remove(profile.name, kind, this, report);
        if (!oldName.isEmpty() && oldName != profile.name)
            m_secrets.remove(oldName, kind, this, {});
    }
}

void ConnectionDialog::removeCurrentProfile() {
    const QString name = m_editingName;
    if (name.isEmpty()) {
        reloadProfileList(QString());
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Remove connection"),
                        tr("Remove the connection “%1” and forget its stored password or token?").arg(name),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        const bool sessionOnly = m_profiles.isSessionOnly(name);
        m_profiles.remove(name);
        m_sessionSecrets.remove(name);
        if (!sessionOnly && m_keychainProblem.isEmpty()) {
            for (SecretKind kind : AllKinds)
                m_secrets.remove(name, kind, this, {});
        }
        m_editingName.clear();
        reloadProfileList(QString());
        setStatus(tr("Removed “%1”.").arg(name));
        emit profileRemoved(name);
    });
    m_modalHook(box);
}

void ConnectionDialog::showKeychainProblem(const QString &message) {
    m_keychainProblem = message;
    m_ui->keychainLabel->setText(message);
    m_ui->keychainLabel->setVisible(true);
}

void ConnectionDialog::updateFieldVisibility() {
    const auto auth = AuthMethod(m_ui->authCombo->currentData().toInt());
    QFormLayout *form = m_ui->serverLayout;
    form->setRowVisible(m_ui->userEdit, auth == AuthMethod::Basic);
    form->setRowVisible(m_ui->passwordEdit, auth == AuthMethod::Basic);
    form->setRowVisible(m_ui->ticketEdit, auth == AuthMethod::SoTicket);
    form->setRowVisible(m_ui->tokenEdit, auth == AuthMethod::Bearer);
    m_ui->appTokenEdit->setEnabled(m_ui->appTokenCheck->isChecked());
    const bool explicitProxy = m_ui->explicitProxyRadio->isChecked();
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->proxyTypeCombo), static_cast<QWidget *>(m_ui->proxyHostEdit),
          static_cast<QWidget *>(m_ui->proxyPortSpin), static_cast<QWidget *>(m_ui->proxyUserEdit),
          static_cast<QWidget *>(m_ui->proxyPasswordEdit)})
        field->setEnabled(explicitProxy);
    m_ui->renameButton->setEnabled(!m_editingName.isEmpty());
    m_ui->removeButton->setEnabled(!m_editingName.isEmpty());
    m_ui->revokeButton->setEnabled(!m_ui->trustedList->selectedItems().isEmpty());
}

void ConnectionDialog::updateTrustedList() {
    m_ui->trustedList->clear();
    for (const QByteArray &fingerprint : std::as_const(m_trusted)) {
        auto *item = new QListWidgetItem(formatFingerprint(fingerprint), m_ui->trustedList);
        item->setData(FingerprintRole, fingerprint);
        item->setToolTip(tr("SHA-256 fingerprint"));
    }
    updateFieldVisibility();
}

void ConnectionDialog::trustCertificate(const QByteArray &fingerprint) {
    if (fingerprint.isEmpty())
        return;
    const QByteArray pin = fingerprint.toLower();
    if (!m_trusted.contains(pin))
        m_trusted.append(pin);
    if (!m_editingName.isEmpty())
        m_profiles.addTrustedCertificate(m_editingName, pin);
    updateTrustedList();
    m_ui->certificateButton->setVisible(false);
    setStatus(tr("The certificate is now trusted for “%1”. Test the connection again.")
                  .arg(m_ui->nameEdit->text().trimmed()));
}

void ConnectionDialog::revokeSelectedCertificate() {
    const QList<QListWidgetItem *> selected = m_ui->trustedList->selectedItems();
    if (selected.isEmpty())
        return;
    const QByteArray fingerprint = selected.constFirst()->data(FingerprintRole).toByteArray();
    m_trusted.removeAll(fingerprint);
    if (!m_editingName.isEmpty())
        m_profiles.removeTrustedCertificate(m_editingName, fingerprint);
    updateTrustedList();
    setStatus(tr("The certificate %1 is no longer trusted.").arg(formatFingerprint(fingerprint)));
}

void ConnectionDialog::startTest() {
    QString error;
    const std::optional<ConnectionSettings> settings =
        makeConnectionSettings(formProfile(), formSecrets(), &error);
    if (!settings) {
        setStatus(tr("The API URL cannot be used: %1").arg(error));
        return;
    }
    m_ui->testResults->clear();
    m_stepItems.clear();
    m_problemChain.clear();
    m_problemErrors.clear();
    m_problemHost = settings->apiRoot.host();
    m_ui->certificateButton->setVisible(false);
    m_ui->testButton->setEnabled(false);
    m_ui->cancelTestButton->setEnabled(true);
    setStatus(tr("Testing the connection…"));
    m_tester->start(*settings);
}

void ConnectionDialog::onTestStep(ConnectionTester::Step step, ConnectionTester::Outcome outcome,
                                  const QString &text) {
    QTreeWidgetItem *item = m_stepItems.value(int(step));
    if (!item) {
        item = new QTreeWidgetItem(m_ui->testResults, {ConnectionTester::stepTitle(step)});
        m_stepItems.insert(int(step), item);
    }
    QString result;
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    switch (outcome) {
    case ConnectionTester::Outcome::Running:
        result = tr("Running…");
        break;
    case ConnectionTester::Outcome::Passed:
        result = tr("OK");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case ConnectionTester::Outcome::Failed:
        result = tr("Failed");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case ConnectionTester::Outcome::Skipped:
        result = tr("Skipped");
        icon = QStyle::SP_MessageBoxInformation;
        break;
    }
    item->setText(1, result);
    item->setIcon(1, style()->standardIcon(icon));
    item->setText(2, text);
    item->setToolTip(2, text);
}

void ConnectionDialog::onTestFinished(bool success) {
    m_ui->testButton->setEnabled(true);
    m_ui->cancelTestButton->setEnabled(false);
    if (!m_problemChain.isEmpty())
        return; // the certificate message says what to do next
    setStatus(success ? tr("The connection works.")
                      : tr("The connection test failed; the steps above say where."));
}

void ConnectionDialog::reviewCertificate() {
    if (m_problemChain.isEmpty())
        return;
    const QString name = m_ui->nameEdit->text().trimmed();
    auto *dialog = new CertificateDialog(m_problemChain, m_problemErrors, name, m_problemHost, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { trustCertificate(dialog->fingerprint()); });
    m_modalHook(dialog);
}

void ConnectionDialog::setStatus(const QString &text) {
    m_ui->statusLabel->setText(text);
}

QString ConnectionDialog::statusText() const {
    return m_ui->statusLabel->text();
}

void ConnectionDialog::askForSecret(const QString &name, const QString &reason) {
    selectProfile(name);
    m_ui->tabs->setCurrentWidget(m_ui->serverTab);
    const auto auth = AuthMethod(m_ui->authCombo->currentData().toInt());
    QLineEdit *edit = auth == AuthMethod::Basic      ? m_ui->passwordEdit
                      : auth == AuthMethod::SoTicket ? m_ui->ticketEdit
                      : auth == AuthMethod::Bearer   ? m_ui->tokenEdit
                                                     : m_ui->apiUrlEdit;
    edit->setFocus(Qt::OtherFocusReason);
    setStatus(reason);
}

void ConnectionDialog::rememberSecrets(const QString &name, const ProfileSecrets &secrets) {
    m_sessionSecrets.insert(name, secrets);
    if (name == m_editingName) {
        if (const std::optional<ConnectionProfile> profile = m_profiles.load(name))
            loadSecrets(*profile);
    }
}

void ConnectionDialog::accept() {
    if (m_tester->isRunning())
        m_tester->cancel();
    if (!saveProfile())
        return;
    m_chosenProfile = formProfile();
    m_chosenSecrets = formSecrets();
    m_profiles.setLastUsed(m_chosenProfile.name);
    QDialog::accept();
}

void ConnectionDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setUpCombos();
        if (!m_editingName.isEmpty()) // a draft would be lost by reloading
            reloadProfileList(m_editingName);
    }
    QDialog::changeEvent(event);
}

} // namespace LicenseDesk

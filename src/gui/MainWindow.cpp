// The main window: wires the session, models, views and the activation flow; computes no license facts.
#include "MainWindow.h"

#include "ActivationController.h"
#include "ActivationPreviewDialog.h"
#include "BusyIndicator.h"
#include "LicenseClient.h"
#include "LicenseSession.h"
#include "MessageBar.h"
#include "ModelTexts.h"
#include "ModuleFilterProxyModel.h"
#include "ModuleUsageModel.h"
#include "OwnerItemDelegate.h"
#include "OwnerListModel.h"
#include "OwnerShop.h"
#include "TableExporter.h"
#include "UsageBarDelegate.h"

#include "ui_mainwindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMetaMethod>
#include <QSaveFile>
#include <QSettings>
#include <QToolButton>

namespace LicenseDesk {

namespace {
const QString settingsGroup = QStringLiteral("MainWindow");
} // namespace

MainWindow::MainWindow(LicenseClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_client(client)
    , m_session(new LicenseSession(client, this))
    , m_activation(new ActivationController(client, this, this))
    , m_shop(new OwnerShop(client, this))
    , m_ownerModel(new OwnerListModel(this))
    , m_moduleModel(new ModuleUsageModel(this))
    , m_proxy(new ModuleFilterProxyModel(this))
    , m_busy(new BusyIndicator(this))
    , m_connectionLabel(new QLabel(this))
    , m_fetchedLabel(new QLabel(this)) {
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/licensedesk.svg")));
    setUpViews();
    setUpActions();
    setUpStatusBar();

    attachSession();
    connect(m_activation, &ActivationController::jobStarted, m_busy, &BusyIndicator::track);
    connect(m_activation, &ActivationController::failed, this,
            [this](const ApiError &error) { showOwnerError(error, &MainWindow::checkLicenseServer); });
    connect(m_activation, &ActivationController::offerChecked, this,
            [this](const QString &owner, bool change) {
                m_ownerModel->setNewLicenseAvailable(owner, change, QDate::currentDate());
            });
    connect(m_shop, &OwnerShop::jobStarted, m_busy, &BusyIndicator::track);
    connect(m_shop, &OwnerShop::failed, this,
            [this](const ApiError &error) { showOwnerError(error, &MainWindow::openShop); });
    connect(m_ui->messageBar, &MessageBar::retryRequested, this, [this] {
        if (m_retry)
            m_retry();
    });

    retranslate();
    restoreSettings();
    fitHeaderSections();
    reloadConnection();
}

MainWindow::~MainWindow() = default;

void MainWindow::attachSession() {
    connect(m_session, &LicenseSession::ownersChanged, this, &MainWindow::showOwners);
    connect(m_session, &LicenseSession::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(m_activation, &ActivationController::ownerReread, m_session, &LicenseSession::updateOwner);
}

void MainWindow::fitHeaderSections() {
    // Titles differ in length between languages: a section is never narrower than its title.
    QHeaderView *header = m_ui->moduleView->horizontalHeader();
    for (int section = 0; section < header->count(); ++section) {
        const int hint = header->sectionSizeHint(section);
        if (!header->isSectionHidden(section) && header->sectionSize(section) < hint)
            header->resizeSection(section, hint);
    }
}

QMenu *MainWindow::connectionMenu() const {
    return m_ui->menuConnection;
}

QMenu *MainWindow::languageMenu() const {
    return m_ui->menuLanguage;
}

void MainWindow::setUpViews() {
    m_ui->ownerView->setModel(m_ownerModel);
    m_ui->ownerView->setItemDelegate(new OwnerItemDelegate(m_ui->ownerView));
    m_ui->ownerView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_ui->ownerView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showSelectedOwner);
    connect(m_ownerModel, &QAbstractItemModel::modelReset, this, &MainWindow::showSelectedOwner);

    m_proxy->setSourceModel(m_moduleModel);
    m_ui->moduleView->setModel(m_proxy);
    m_ui->moduleView->setItemDelegateForColumn(int(ModuleUsageModel::Column::Usage),
                                               new UsageBarDelegate(m_ui->moduleView));
    m_ui->moduleView->sortByColumn(-1, Qt::AscendingOrder); // server order until the admin sorts
    QHeaderView *header = m_ui->moduleView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSortIndicatorClearable(true);
    header->resizeSection(int(ModuleUsageModel::Column::Module), 170);
    header->resizeSection(int(ModuleUsageModel::Column::Description), 230);
    header->resizeSection(int(ModuleUsageModel::Column::Type), 160);
    for (auto column :
         {ModuleUsageModel::Column::Total, ModuleUsageModel::Column::InUse, ModuleUsageModel::Column::Free})
        header->resizeSection(int(column), 75);
    m_ui->moduleView->verticalHeader()->setDefaultSectionSize(m_ui->moduleView->fontMetrics().height() + 10);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &ModuleFilterProxyModel::setFilterText);
    // The clear button shows only when there is text; the style's icons it loads cost start-up time.
    connect(
        m_ui->filterEdit, &QLineEdit::textChanged, m_ui->filterEdit,
        [edit = m_ui->filterEdit] { edit->setClearButtonEnabled(true); }, Qt::SingleShotConnection);
    connect(m_ui->showHiddenCheck, &QCheckBox::toggled, m_ui->actionShowHidden, &QAction::setChecked);
    connect(m_ui->actionShowHidden, &QAction::toggled, m_ui->showHiddenCheck, &QCheckBox::setChecked);
    connect(m_ui->showHiddenCheck, &QCheckBox::toggled, m_proxy, &ModuleFilterProxyModel::setShowHidden);

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({330, 850});
    m_ui->rightSplitter->setStretchFactor(0, 1);
    m_ui->rightSplitter->setStretchFactor(1, 0);
    m_ui->rightSplitter->setSizes({420, 260});
    m_ui->emptyLabel->setOpenExternalLinks(false);
}

void MainWindow::setUpActions() {
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5)))
        refreshKeys.prepend(QKeySequence(Qt::Key_F5));
    m_ui->actionRefresh->setShortcuts(refreshKeys);
    m_ui->actionFind->setShortcuts(QKeySequence::Find);
    m_ui->actionCopy->setShortcuts(QKeySequence::Copy);
    m_ui->actionLoadFile->setShortcuts(QKeySequence::Open);
    m_ui->actionExportCsv->setShortcuts(QKeySequence::SaveAs);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionCheck->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_ui->actionActivate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_ui->actionAbout->setShortcuts(QKeySequence::HelpContents);
    // Ctrl+C copies the table only when the table has focus; text fields keep their own copy.
    m_ui->actionCopy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->moduleView->addAction(m_ui->actionCopy);

    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionCopy, &QAction::triggered, this, &MainWindow::copyTable);
    connect(m_ui->actionCheck, &QAction::triggered, this, &MainWindow::checkLicenseServer);
    connect(m_ui->actionActivate, &QAction::triggered, this, [this] {
        // Activation always goes through a fresh preview: the offer may have changed since the last look.
        checkLicenseServer();
    });
    connect(m_ui->actionBuyLicenses, &QAction::triggered, this, &MainWindow::openShop);
    connect(m_ui->actionLoadFile, &QAction::triggered, this, &MainWindow::loadLicenseFile);
    connect(m_ui->actionExportCsv, &QAction::triggered, this,
            [this] { exportWithDialog(ExportFormat::Csv); });
    connect(m_ui->actionExportJson, &QAction::triggered, this,
            [this] { exportWithDialog(ExportFormat::Json); });
    connect(m_ui->actionConnection, &QAction::triggered, this, &MainWindow::showConnection);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    // The toolbar's Connection button opens the dialog; its arrow lists the saved connections.
    if (auto *button = qobject_cast<QToolButton *>(m_ui->toolBar->widgetForAction(m_ui->actionConnection))) {
        button->setMenu(m_ui->menuConnection);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
}

void MainWindow::setUpStatusBar() {
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_fetchedLabel->setObjectName(QStringLiteral("fetchedLabel"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_fetchedLabel);
    connect(m_busy, &BusyIndicator::busyChanged, this, [this] { updateActions(); });
}

void MainWindow::reloadConnection() {
    const bool connected = !m_client->settings().apiRoot.isEmpty();
    m_ui->pages->setCurrentWidget(connected ? m_ui->contentPage : m_ui->emptyPage);
    updateEmptyText();
    updateStatus();
    updateActions();
    if (m_session->isRefreshing()) {
        // The running read still uses the previous settings: drop its answer and read again.
        m_reloadPending = true;
        if (m_refreshJob)
            m_refreshJob->cancel();
        return;
    }
    if (connected)
        refresh();
}

void MainWindow::resetConnection() {
    // The previous installation's answers must never appear under the new connection.
    LicenseSession *previous = m_session;
    disconnect(previous, nullptr, this, nullptr);
    disconnect(m_activation, nullptr, previous, nullptr);
    if (m_refreshJob)
        m_refreshJob->cancel();
    previous->deleteLater();
    m_session = new LicenseSession(m_client, this);
    attachSession();
    m_refreshJob.clear();
    m_reloadPending = false;
    if (ActivationPreviewDialog *dialog = m_activation->dialog())
        dialog->close();
    m_retry = {};
    m_ui->messageBar->hide();
    m_ownerModel->setStale(false);
    m_ownerModel->setOwners({}, QDate::currentDate());
    reloadConnection();
}

void MainWindow::setConnectionName(const QString &name) {
    m_connectionName = name;
    updateTitle();
}

void MainWindow::updateTitle() {
    //: window title: %1 is the name of a saved connection ("Production")
    setWindowTitle(m_connectionName.isEmpty() ? QStringLiteral("LicenseDesk")
                                              : tr("%1 – LicenseDesk").arg(m_connectionName));
}

void MainWindow::refresh() {
    if (m_client->settings().apiRoot.isEmpty())
        return;
    if (ApiJob *job = m_session->refresh()) {
        m_refreshJob = job;
        m_busy->track(job, tr("Reading licenses…"));
    }
}

bool MainWindow::takePendingReload() {
    if (!m_reloadPending)
        return false;
    m_reloadPending = false;
    refresh();
    return true;
}

void MainWindow::showOwners() {
    if (takePendingReload())
        return;
    m_ui->messageBar->hide();
    const QString keep = selectedOwner().isEmpty() ? m_lastOwner : selectedOwner();
    m_ownerModel->setStale(false);
    m_ownerModel->setOwners(m_session->owners(), QDate::currentDate());
    if (!selectedOwner().isEmpty() && selectedOwner() == keep)
        showSelectedOwner(); // same rows: the selection survived, refresh the right-hand side
    else if (!selectOwner(keep) && m_ownerModel->rowCount() > 0)
        m_ui->ownerView->setCurrentIndex(m_ownerModel->index(0));
    updateStatus();
    updateActions();
    emit ownersShown();
}

bool MainWindow::selectOwner(const QString &ownerName) {
    const int row = m_ownerModel->rowOf(ownerName);
    if (ownerName.isEmpty() || row < 0)
        return false;
    m_ui->ownerView->setCurrentIndex(m_ownerModel->index(row));
    return true;
}

QString MainWindow::selectedOwner() const {
    const QModelIndex current = m_ui->ownerView->currentIndex();
    return current.isValid() ? current.data(OwnerListModel::OwnerNameRole).toString() : QString();
}

void MainWindow::showSelectedOwner() {
    const OwnerFacts *owner = m_ownerModel->ownerAt(m_ui->ownerView->currentIndex().row());
    m_moduleModel->setModules(owner ? owner->modules : QList<ModuleFacts>());
    m_ui->detailsPane->setLicense(owner ? &owner->license : nullptr, QDateTime::currentDateTime());
    if (owner)
        m_lastOwner = owner->license.ownerName();
    updateActions();
}

QString MainWindow::ownerTitle(const ExtendedLicenseInfo &owner) const {
    const QString description = owner.ownerDescription();
    return description.isEmpty() ? owner.ownerName() : tr("%1 (%2)").arg(description, owner.ownerName());
}

void MainWindow::onRefreshFailed(const ApiError &error) {
    if (takePendingReload())
        return;
    m_ownerModel->setStale(m_session->isStale());
    showError(error, [this] { refresh(); });
    updateStatus();
    emit refreshFailed(error);
}

void MainWindow::showError(const ApiError &error, std::function<void()> retry) {
    if (error.category == ErrorCategory::Cancelled) {
        statusBar()->showMessage(tr("Cancelled."), 5000);
        return;
    }
    m_retry = std::move(retry);
    QString text = error.userMessage;
    if (m_session->isStale())
        text += u' ' + tr("Showing the data fetched at %1.")
                           .arg(QLocale().toString(m_session->fetchedAt().time(), QLocale::ShortFormat));
    m_ui->messageBar->showMessage(MessageBar::Kind::Error, text, error.details, bool(m_retry));
}

void MainWindow::showOwnerError(const ApiError &error, void (MainWindow::*retry)()) {
    const QString owner = selectedOwner();
    showError(error, [this, owner, retry] {
        selectOwner(owner);
        (this->*retry)();
    });
}

void MainWindow::updateStatus() {
    const ConnectionSettings &settings = m_client->settings();
    if (settings.apiRoot.isEmpty()) {
        m_connectionLabel->setText(tr("Not connected"));
    } else {
        const QString url = settings.apiRoot.toDisplayString(QUrl::RemoveUserInfo);
        m_connectionLabel->setText(settings.user.isEmpty() ? url : tr("%1 as %2").arg(url, settings.user));
    }
    const QDateTime fetched = m_session->fetchedAt();
    QString text;
    if (fetched.isValid()) {
        const QString time = QLocale().toString(fetched.time(), QLocale::ShortFormat);
        text = m_session->isStale() ? tr("stale: fetched %1, refresh failed").arg(time)
                                    : tr("fetched %1").arg(time);
    }
    m_fetchedLabel->setText(text);
    m_fetchedLabel->setToolTip(fetched.isValid() ? QLocale().toString(fetched, QLocale::LongFormat)
                                                 : QString());
}

void MainWindow::updateActions() {
    const bool connected = !m_client->settings().apiRoot.isEmpty();
    const bool hasOwner = connected && !selectedOwner().isEmpty();
    m_ui->actionRefresh->setEnabled(connected);
    m_ui->actionCheck->setEnabled(hasOwner && !m_activation->isActivating());
    m_ui->actionActivate->setEnabled(hasOwner && !m_activation->isActivating());
    m_ui->actionBuyLicenses->setEnabled(hasOwner);
    m_ui->actionLoadFile->setEnabled(connected && !m_activation->isActivating());
    m_ui->actionCopy->setEnabled(hasOwner);
    m_ui->actionExportCsv->setEnabled(hasOwner);
    m_ui->actionExportJson->setEnabled(hasOwner);
}

void MainWindow::checkLicenseServer() {
    const OwnerFacts *owner = m_ownerModel->ownerAt(m_ui->ownerView->currentIndex().row());
    if (!owner)
        return;
    m_activation->checkLicenseServer(owner->license.ownerName(), ownerTitle(owner->license));
}

void MainWindow::openShop() {
    if (const QString owner = selectedOwner(); !owner.isEmpty())
        m_shop->open(owner);
}

void MainWindow::loadLicenseFile() {
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Load License from File"), QString(),
                                                          tr("License files (*.xml *.lic);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        ApiError error;
        error.category = ErrorCategory::InvalidRequest;
        error.userMessage =
            tr("Could not read %1: %2").arg(QFileInfo(fileName).fileName(), file.errorString());
        showError(error, {});
        return;
    }
    // The file is passed on untouched: licenses are signed.
    m_activation->previewLicenseFile(QString::fromUtf8(file.readAll()), QFileInfo(fileName).fileName());
}

void MainWindow::copyTable() {
    QGuiApplication::clipboard()->setText(
        TableExporter::toTabSeparated(*m_proxy, ModuleUsageModel::ExportRole));
    statusBar()->showMessage(tr("Copied %n module(s).", nullptr, m_proxy->rowCount()), 4000);
}

bool MainWindow::exportModules(const QString &fileName, ExportFormat format) {
    const OwnerFacts *selected = m_ownerModel->ownerAt(m_ui->ownerView->currentIndex().row());
    if (!selected)
        return false;
    const ExtendedLicenseInfo *owner = &selected->license;
    QList<ModuleFacts> shown; // the rows as filtered and sorted on screen
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (const ModuleFacts *module = m_moduleModel->moduleAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()))
            shown.append(*module);
    }
    const QDate today = QDate::currentDate();
    const QByteArray data = format == ExportFormat::Csv
                                ? TableExporter::toCsv(*owner, shown, today)
                                : TableExporter::toJson(*owner, shown, today, m_session->fetchedAt());
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit()) {
        statusBar()->showMessage(tr("Exported to %1.").arg(QFileInfo(fileName).fileName()), 5000);
        return true;
    }
    ApiError error;
    error.category = ErrorCategory::InvalidRequest;
    error.userMessage = tr("Could not save %1: %2").arg(QFileInfo(fileName).fileName(), file.errorString());
    showError(error, {});
    return false;
}

void MainWindow::exportWithDialog(ExportFormat format) {
    const bool csv = format == ExportFormat::Csv;
    const QString suggested =
        selectedOwner().toLower() + (csv ? QStringLiteral("-modules.csv") : QStringLiteral("-modules.json"));
    const QString fileName =
        QFileDialog::getSaveFileName(this, csv ? tr("Export as CSV") : tr("Export as JSON"), suggested,
                                     csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!fileName.isEmpty())
        exportModules(fileName, format);
}

void MainWindow::showConnection() {
    if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::connectionDialogRequested))) {
        emit connectionDialogRequested();
        return;
    }
    const QUrl root = m_client->settings().apiRoot;
    QMessageBox::information(this, tr("Connection"),
                             root.isEmpty()
                                 ? tr("Not connected. Start LicenseDesk with --url URL or --demo.")
                                 : tr("Connected to %1").arg(root.toDisplayString(QUrl::RemoveUserInfo)));
}

void MainWindow::showAbout() {
    const QString purpose =
        tr("<h3>LicenseDesk %1</h3><p>A license manager for SuperOffice CRM administrators: "
           "see module usage, preview what a new license changes, and activate it safely.</p>")
            .arg(QCoreApplication::applicationVersion());
    const QString license = tr("<p>LicenseDesk is free software under the GNU General Public License, "
                               "version 3 or later (GPL-3.0-or-later), and comes with no warranty.</p>"
                               "<p>Website: <a href=\"%1\">%1</a></p>")
                                .arg(QStringLiteral(LICENSEDESK_HOMEPAGE_URL));
    QMessageBox::about(this, tr("About LicenseDesk"), purpose + license);
}

void MainWindow::updateEmptyText() {
    // A stacked widget lays out every page, hidden ones too: the rich text exists only while shown.
    if (m_ui->pages->currentWidget() != m_ui->emptyPage) {
        m_ui->emptyLabel->clear();
        return;
    }
    m_ui->emptyLabel->setText(
        tr("<h2>Not connected</h2><p>LicenseDesk reads licenses through the SuperOffice WebAPI.</p>"
           "<p>Choose <b>Connection → Manage Connections…</b>, or start LicenseDesk with <code>--url "
           "https://crm.example.com/SuperOffice</code>.</p><p>To try it without a server, start "
           "<code>licensedesk --demo</code>.</p>"));
}

void MainWindow::retranslate() {
    updateEmptyText();
    m_ui->ownerView->setAccessibleDescription(tr("Select an owner to see its modules and license dates"));
    updateTitle();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        // Models are no widgets: their views learn here that every header and cell text changed.
        announceTextsChanged(m_ownerModel);
        announceTextsChanged(m_moduleModel);
        fitHeaderSections();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    settings.beginGroup(settingsGroup);
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("mainSplitter")).toByteArray());
    m_ui->rightSplitter->restoreState(settings.value(QStringLiteral("rightSplitter")).toByteArray());
    m_ui->moduleView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("moduleHeader")).toByteArray());
    m_ui->showHiddenCheck->setChecked(settings.value(QStringLiteral("showHidden"), false).toBool());
    m_lastOwner = settings.value(QStringLiteral("lastOwner")).toString();
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("mainSplitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("rightSplitter"), m_ui->rightSplitter->saveState());
    settings.setValue(QStringLiteral("moduleHeader"), m_ui->moduleView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("showHidden"), m_ui->showHiddenCheck->isChecked());
    settings.setValue(QStringLiteral("lastOwner"), m_lastOwner);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace LicenseDesk

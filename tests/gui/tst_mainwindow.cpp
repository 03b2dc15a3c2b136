// The real main window against an in-process DemoServer over loopback HTTP.
#include "ActivationController.h"
#include "ActivationPreviewDialog.h"
#include "DemoServer.h"
#include "LicenseClient.h"
#include "LicenseDetailsPane.h"
#include "LicenseSession.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ModuleFilterProxyModel.h"
#include "ModuleUsageModel.h"
#include "OwnerListModel.h"
#include "OwnerShop.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace LicenseDesk;
using namespace Qt::StringLiterals;
using Column = ModuleUsageModel::Column;

class TestMainWindow final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DemoServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LicenseClient> m_client;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    bool m_confirm = true;
    int m_questions = 0;

    template <typename T> T *child(const char *name) const {
        T *widget = m_window->findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    static ConnectionSettings demoSettings(const DemoServer &server) {
        ConnectionSettings settings;
        settings.apiRoot = server.apiRoot();
        settings.auth = AuthMethod::Basic;
        settings.user = DemoServer::DemoUser;
        settings.secret = DemoServer::DemoPassword;
        return settings;
    }

    QStringList visibleModules() const {
        QStringList names;
        const QAbstractItemModel *proxy = m_window->moduleProxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            names << proxy->index(row, 0).data().toString();
        return names;
    }

    void clickOwner(const QString &owner) {
        auto *view = child<QListView>("ownerView");
        const QModelIndex index = m_window->ownerModel()->index(m_window->ownerModel()->rowOf(owner));
        QVERIFY(index.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(m_window->selectedOwner(), owner);
    }

    ActivationPreviewDialog *openPreview(const QString &owner) {
        clickOwner(owner);
        QSignalSpy opened(m_window->activationController(), &ActivationController::dialogOpened);
        child<QAction>("actionCheck")->trigger();
        if (!opened.wait(10000))
            return nullptr;
        return m_window->activationController()->dialog();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ActivationController::setConfirmHook([this](QWidget *, const QString &, const QString &) {
            ++m_questions;
            return m_confirm;
        });
    }

    void init() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_confirm = true;
        m_questions = 0;
        m_server = std::make_unique<DemoServer>(DemoServerOptions{});
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<LicenseClient>(m_network.get());
        m_client->setSettings(demoSettings(*m_server));
        m_window = std::make_unique<MainWindow>(m_client.get());
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_window->ownerModel(), Mode::QtTest));
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m_window->moduleModel(), Mode::QtTest));
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(m_window->moduleProxy(), Mode::QtTest));
        m_window->show();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->ownerModel()->rowCount(), 4, 10000);
    }

    void cleanup() {
        m_testers.clear();
        m_window.reset();
        m_client.reset();
        m_network.reset();
        m_server.reset();
        QSettings().clear();
    }

    void showsEveryOwnerAndTheFirstOwnersModulesAndDates() {
        QCOMPARE(m_window->selectedOwner(), QStringLiteral("SUPEROFFICE"));
        QVERIFY(visibleModules().contains(QStringLiteral("ten-sales")));
        auto *details = child<LicenseDetailsPane>("detailsPane");
        QVERIFY(!details->fieldText(QStringLiteral("company")).isEmpty());
        QVERIFY(details->fieldText(QStringLiteral("expiry")).contains(QStringLiteral("(in ")));
        QVERIFY(child<QLabel>("fetchedLabel")->text().startsWith(QStringLiteral("fetched ")));
        QVERIFY(child<QLabel>("connectionLabel")->text().contains(QStringLiteral("127.0.0.1")));
    }

    void pickingAnOwnerShowsItsModules() {
        clickOwner(QStringLiteral("ACMEDOCS"));
        QCOMPARE(visibleModules(),
                 (QStringList{QStringLiteral("DOCARCHIVE"), QStringLiteral("DOCARCHIVEUSER"),
                              QStringLiteral("DOCARCHIVEADMIN")}));
        QVERIFY(child<LicenseDetailsPane>("detailsPane")->fieldText(QStringLiteral("version")) ==
                QStringLiteral("3.2"));
    }

    void jsonExportHasTheOwnerItsDatesAndTheCliKeys() {
        clickOwner(QStringLiteral("ACMEDOCS"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("acme.json"));
        QVERIFY(m_window->exportModules(file, MainWindow::ExportFormat::Json));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("owner")).toString(), QStringLiteral("ACMEDOCS"));
        for (const char *key : {"expiry", "expiryState", "graceDate", "maintenanceDate", "nextCheckDate", "fetchedAt"})
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
        const QJsonArray modules = json.value(QStringLiteral("modules")).toArray();
        QCOMPARE(modules.size(), qsizetype(visibleModules().size()));
        QCOMPARE(modules.first().toObject().value(QStringLiteral("name")).toString(), visibleModules().first());
        QVERIFY(modules.first().toObject().contains(QStringLiteral("inUse")));
    }

    void filterNarrowsRowsAndCtrlFFocusesIt() {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *filter = child<QLineEdit>("filterEdit");
        child<QTableView>("moduleView")->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(filter->hasFocus());
        QTest::keyClicks(filter, QStringLiteral("premium"));
        const QStringList names = visibleModules();
        QVERIFY(!names.isEmpty());
        QVERIFY(names.contains(QStringLiteral("ten-sales")));
        QVERIFY(!names.contains(QStringLiteral("extern-user-cal")));
    }

    void filterGetsItsClearButtonWithTheFirstText() {
        auto *filter = child<QLineEdit>("filterEdit");
        QVERIFY(!filter->isClearButtonEnabled()); // created only when needed: it costs start-up time
        QTest::keyClicks(filter, QStringLiteral("ten"));
        QVERIFY(filter->isClearButtonEnabled());
        auto *clear = filter->findChild<QToolButton *>();
        QVERIFY(clear);
        QTRY_VERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(filter->text().isEmpty());
        QVERIFY(filter->isClearButtonEnabled());
        QVERIFY(visibleModules().contains(QStringLiteral("extern-user-cal")));
    }

    void notConnectedPageExplainsHowToConnect() {
        auto *empty = child<QLabel>("emptyLabel");
        QVERIFY(!empty->isVisible());
        QVERIFY(empty->text().isEmpty()); // not laid out while hidden
        m_client->setSettings({});
        m_window->reloadConnection();
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("Not connected")), qPrintable(empty->text()));
        QVERIFY(empty->text().contains(QStringLiteral("--demo")));
        m_client->setSettings(demoSettings(*m_server));
        m_window->reloadConnection();
        QVERIFY(!empty->isVisible());
        QVERIFY(empty->text().isEmpty());
    }

    void aboutBoxNamesTheLicenseAndTheWebsite() {
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            shown = box->text();
            box->accept();
        });
        child<QAction>("actionAbout")->trigger();
        QVERIFY2(shown.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("GNU General Public License")));
        QVERIFY(shown.contains(QStringLiteral("https://github.com/licensedesk/licensedesk")));
    }

    void buyMoreLicensesOpensTheSelectedOwnersShop() {
        clickOwner(u"ACMEDOCS"_s);
        QList<QUrl> opened;
        m_window->shop()->setUrlOpener([&opened](const QUrl &url) {
            opened.append(url);
            return true;
        });
        QSignalSpy shown(m_window->shop(), &OwnerShop::opened);
        auto *buy = child<QAction>("actionBuyLicenses");
        QVERIFY(buy->isEnabled());
        buy->trigger();
        QVERIFY(shown.wait(10000));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().scheme(), u"https"_s);
        QCOMPARE(opened.first().host(), u"shop.superoffice.example"_s);
        QVERIFY2(opened.first().query().contains(u"owner=ACMEDOCS"_s), qPrintable(opened.first().toString()));
    }

    void buyMoreLicensesNamesTheShopWhenNoBrowserOpens() {
        clickOwner(u"SUPEROFFICE"_s);
        m_window->shop()->setUrlOpener([](const QUrl &) { return false; });
        QSignalSpy failed(m_window->shop(), &OwnerShop::failed);
        child<QAction>("actionBuyLicenses")->trigger();
        QVERIFY(failed.wait(10000));
        auto *bar = child<MessageBar>("messageBar");
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"https://shop.superoffice.example/"_s), qPrintable(bar->text()));
    }

    void hiddenModulesAppearOnlyWhenToggled() {
        const qsizetype visible = visibleModules().size();
        QVERIFY(!visibleModules().contains(QStringLiteral("user")));
        auto *check = child<QCheckBox>("showHiddenCheck");
        QVERIFY(!check->isChecked());
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(visibleModules().contains(QStringLiteral("user")));
        QVERIFY(visibleModules().size() > visible);
    }

    void sortingByTotalUsesNumbers() {
        auto *view = child<QTableView>("moduleView");
        view->sortByColumn(int(Column::Total), Qt::DescendingOrder);
        const QAbstractItemModel *proxy = m_window->moduleProxy();
        for (int row = 1; row < proxy->rowCount(); ++row) {
            QVERIFY(proxy->index(row - 1, int(Column::Total)).data(ModuleUsageModel::SortRole).toInt() >=
                    proxy->index(row, int(Column::Total)).data(ModuleUsageModel::SortRole).toInt());
        }
    }

    void refreshKeepsOwnerModuleSelectionAndSort() {
        clickOwner(QStringLiteral("NORDICSIGN"));
        auto *view = child<QTableView>("moduleView");
        view->sortByColumn(int(Column::Module), Qt::DescendingOrder);
        const int row = int(visibleModules().indexOf(QStringLiteral("ESIGNUSER")));
        QVERIFY(row >= 0);
        view->selectRow(row);
        QSignalSpy resets(m_window->moduleModel(), &QAbstractItemModel::modelReset);
        QSignalSpy shown(m_window.get(), &MainWindow::ownersShown);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(shown.wait(10000));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m_window->selectedOwner(), QStringLiteral("NORDICSIGN"));
        QCOMPARE(view->currentIndex().siblingAtColumn(0).data().toString(), QStringLiteral("ESIGNUSER"));
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(Column::Module));
    }

    void blockedOfferDisablesActivateAndNamesTheModule() {
        ActivationPreviewDialog *dialog = openPreview(QStringLiteral("ACMEDOCS"));
        QVERIFY(dialog);
        QVERIFY(!dialog->activateButton()->isEnabled());
        QVERIFY2(dialog->blockingText().contains(QStringLiteral("DOCARCHIVEUSER")) ||
                     dialog->blockingText().contains(QStringLiteral("Document archive user")),
                 qPrintable(dialog->blockingText()));
        QVERIFY(dialog->blockingText().contains(QStringLiteral("7")));
    }

    void activatingAnAllowedOfferShowsTheNewTotals() {
        ActivationPreviewDialog *dialog = openPreview(QStringLiteral("NORDICSIGN"));
        QVERIFY(dialog);
        QVERIFY(dialog->activateButton()->isEnabled());
        QVERIFY(dialog->verdictText().startsWith(QStringLiteral("Activation is possible")));
        QTest::mouseClick(dialog->activateButton(), Qt::LeftButton);
        QCOMPARE(m_questions, 1);
        QVERIFY(!dialog->activateButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->statusText().contains(QStringLiteral("now stores")), 10000);
        QVERIFY(!dialog->activateButton()->isEnabled());
        const QList<ModuleFacts> &modules = m_window->moduleModel()->modules();
        const auto it = std::find_if(modules.cbegin(), modules.cend(), [](const ModuleFacts &m) {
            return m.name == QStringLiteral("ESIGNUSER");
        });
        QVERIFY(it != modules.cend());
        QCOMPARE(it->total, 30);
    }

    void declinedConfirmationSendsNothing() {
        m_confirm = false;
        ActivationPreviewDialog *dialog = openPreview(QStringLiteral("NORDICSIGN"));
        QVERIFY(dialog);
        QTest::mouseClick(dialog->activateButton(), Qt::LeftButton);
        QCOMPARE(m_questions, 1);
        QVERIFY(dialog->activateButton()->isEnabled());
        QVERIFY(!m_window->activationController()->isActivating());
        QVERIFY(dialog->statusText().isEmpty());
    }

    void failingServerShowsErrorBarAndKeepsLastData() {
        DemoServerOptions options;
        options.failRate = 1.0;
        DemoServer failing(options);
        QVERIFY(failing.listen());
        m_client->setSettings(demoSettings(failing));
        QSignalSpy failed(m_window->session(), &LicenseSession::refreshFailed);
        m_window->refresh();
        QVERIFY(failed.wait(10000));
        auto *bar = child<MessageBar>("messageBar");
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->text().isEmpty());
        QVERIFY(bar->findChild<QPushButton *>(QStringLiteral("retryButton"))->isVisible());
        QCOMPARE(m_window->ownerModel()->rowCount(), 4);
        QVERIFY(m_window->ownerModel()->isStale());
        QVERIFY(!visibleModules().isEmpty());
        QVERIFY(child<QLabel>("fetchedLabel")->text().startsWith(QStringLiteral("stale")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The main window: owners, their module usage and the license actions.
#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QMenu;

namespace Ui {
class MainWindow;
}

namespace LicenseDesk {

class ActivationController;
class ApiJob;
class BusyIndicator;
class LicenseClient;
class LicenseSession;
class ModuleFilterProxyModel;
class ModuleUsageModel;
class OwnerListModel;
class OwnerShop;
struct ExtendedLicenseInfo;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// The client is shared, not owned; its settings say where to connect (none: the empty state).
    explicit MainWindow(LicenseClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Call after changing the client's settings for the same installation (language, trusted
    /// certificates): updates the status bar and reads again; a running read is restarted.
    void reloadConnection();
    /// Call after pointing the client at another installation: forgets the owners on screen (they
    /// belong to the previous one), closes an open preview, then reloads.
    void resetConnection();
    /// The connection's name for the title bar ("Production"); empty shows only the app name.
    void setConnectionName(const QString &name);
    /// Starts a refresh of every owner (F5).
    void refresh();
    /// Selects an owner by code name; false when it is not listed.
    bool selectOwner(const QString &ownerName);
    /// The selected owner's code name, or empty.
    QString selectedOwner() const;
    /// Writes the visible module rows to a file (CSV or JSON); false with a message bar on failure.
    enum class ExportFormat { Csv, Json };
    bool exportModules(const QString &fileName, ExportFormat format);

    ActivationController *activationController() const { return m_activation; }
    LicenseSession *session() const { return m_session; }
    ModuleFilterProxyModel *moduleProxy() const { return m_proxy; }
    ModuleUsageModel *moduleModel() const { return m_moduleModel; }
    OwnerListModel *ownerModel() const { return m_ownerModel; }
    OwnerShop *shop() const { return m_shop; }
    /// The Connection menu (saved connections are listed above "Manage Connections…").
    QMenu *connectionMenu() const;
    /// View → Language, empty until someone fills it in.
    QMenu *languageMenu() const;

signals:
    /// The admin asked to choose a connection (the connection dialog plugs in here).
    void connectionDialogRequested();
    /// The owners on screen were replaced or refreshed.
    void ownersShown();
    /// Reading the owners failed (already shown in the message bar).
    void refreshFailed(const LicenseDesk::ApiError &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    void setUpViews();
    void setUpStatusBar();
    void attachSession();
    void fitHeaderSections();
    void updateTitle();
    /// After reloadConnection() dropped a running read's answer: reads again; false if none was dropped.
    bool takePendingReload();
    void restoreSettings();
    void saveSettings() const;
    void updateEmptyText();
    void retranslate();

    void showOwners();
    void showSelectedOwner();
    void onRefreshFailed(const ApiError &error);
    void showError(const ApiError &error, std::function<void()> retry);
    /// showError() whose Retry selects the same owner again and repeats retry.
    void showOwnerError(const ApiError &error, void (MainWindow::*retry)());
    void updateStatus();
    void updateActions();
    QString ownerTitle(const ExtendedLicenseInfo &owner) const;
    void checkLicenseServer();
    void openShop();
    void loadLicenseFile();
    void copyTable();
    void exportWithDialog(ExportFormat format);
    void showConnection();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LicenseClient *m_client;
    LicenseSession *m_session;
    ActivationController *m_activation;
    OwnerShop *m_shop;
    OwnerListModel *m_ownerModel;
    ModuleUsageModel *m_moduleModel;
    ModuleFilterProxyModel *m_proxy;
    BusyIndicator *m_busy;
    QLabel *m_connectionLabel;
    QLabel *m_fetchedLabel;
    QString m_lastOwner;
    QString m_connectionName;
    QPointer<ApiJob> m_refreshJob;
    bool m_reloadPending = false;
    std::function<void()> m_retry;
};

} // namespace LicenseDesk

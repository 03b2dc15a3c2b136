// The main window: owners, their module usage and the license actions.
#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QMainWindow>
#include <functional>
#include <memory>

class QLabel;

namespace Ui {
class MainWindow;
}

namespace LicenseDesk {

class ActivationController;
class BusyIndicator;
class LicenseClient;
class LicenseSession;
class ModuleFilterProxyModel;
class ModuleUsageModel;
class OwnerListModel;
struct ExtendedLicenseInfo;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /// The client is shared, not owned; its settings say where to connect (none: the empty state).
    explicit MainWindow(LicenseClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Call after changing the client's settings: updates the status bar and reloads.
    void reloadConnection();
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

signals:
    /// The admin asked to choose a connection (the connection dialog plugs in here).
    void connectionDialogRequested();
    /// The owners on screen were replaced or refreshed.
    void ownersShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setUpActions();
    void setUpViews();
    void setUpStatusBar();
    void restoreSettings();
    void saveSettings() const;
    void retranslate();

    void showOwners();
    void showSelectedOwner();
    void onRefreshFailed(const ApiError &error);
    void showError(const ApiError &error, std::function<void()> retry);
    void updateStatus();
    void updateActions();
    QString ownerTitle(const ExtendedLicenseInfo &owner) const;
    void checkLicenseServer();
    void loadLicenseFile();
    void copyTable();
    void exportWithDialog(ExportFormat format);
    void showConnection();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LicenseClient *m_client;
    LicenseSession *m_session;
    ActivationController *m_activation;
    OwnerListModel *m_ownerModel;
    ModuleUsageModel *m_moduleModel;
    ModuleFilterProxyModel *m_proxy;
    BusyIndicator *m_busy;
    QLabel *m_connectionLabel;
    QLabel *m_fetchedLabel;
    QString m_lastOwner;
    std::function<void()> m_retry;
};

} // namespace LicenseDesk

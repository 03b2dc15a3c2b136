// The real main window with its own client and access manager, for the GUI reliability tests.
#pragma once

#include "LicenseClient.h"
#include "LicenseSession.h"
#include "MainWindow.h"
#include "ModuleFilterProxyModel.h"
#include "OwnerListModel.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>
#include <memory>

namespace Reliability {

using namespace Qt::StringLiterals;

inline LicenseDesk::ConnectionSettings basicSettings(const QString &apiRoot, const QString &user,
                                                     const QString &password, int timeoutMs = 1000) {
    LicenseDesk::ConnectionSettings settings;
    settings.apiRoot = QUrl(apiRoot);
    settings.auth = LicenseDesk::AuthMethod::Basic;
    settings.user = user;
    settings.secret = password;
    settings.timeout = std::chrono::milliseconds(timeoutMs);
    return settings;
}

/// Owns network, client and window in the order they must die (window first).
struct WindowHarness {
    WindowHarness() = default;
    Q_DISABLE_COPY_MOVE(WindowHarness)
    std::unique_ptr<QNetworkAccessManager> network = std::make_unique<QNetworkAccessManager>();
    std::unique_ptr<LicenseDesk::LicenseClient> client =
        std::make_unique<LicenseDesk::LicenseClient>(network.get());
    std::unique_ptr<LicenseDesk::MainWindow> window;

    /// Shows the window on settings and waits until owners are on screen; false when none arrived.
    bool open(const LicenseDesk::ConnectionSettings &settings, int expectedOwners) {
        client->setSettings(settings);
        window = std::make_unique<LicenseDesk::MainWindow>(client.get());
        window->show();
        return QTest::qWaitFor([&] { return window->ownerModel()->rowCount() == expectedOwners; }, 10000);
    }

    ~WindowHarness() {
        window.reset();
        client.reset();
        network.reset();
    }

    QStringList visibleModules() const {
        QStringList names;
        const QAbstractItemModel *proxy = window->moduleProxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            names << proxy->index(row, 0).data().toString();
        return names;
    }
};

/// Counts timer ticks: proof that the event loop kept running while a request failed.
class Heartbeat {
    Q_DISABLE_COPY_MOVE(Heartbeat)

public:
    Heartbeat() {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { ++m_ticks; });
        m_timer.start();
    }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    int m_ticks = 0;
};

} // namespace Reliability

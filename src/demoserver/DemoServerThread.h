// The demo server on a thread of its own, for the GUI's --demo.
#pragma once

#include "DemoServer.h"

#include <QSemaphore>
#include <QThread>
#include <QUrl>
#include <optional>

namespace LicenseDesk {

/// Builds, runs and destroys a DemoServer on its own thread: answers never stall the window that
/// reads them, and building the server (QHttpServer loads the TLS backend) overlaps the window's
/// start-up. start() returns at once; waitUntilListening() blocks until the server listens or failed.
class DemoServerThread final : public QThread {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServerThread)

public:
    explicit DemoServerThread(DemoServerOptions options, QObject *parent = nullptr);
    /// Stops the server's event loop and waits for the server to be destroyed on its thread.
    ~DemoServerThread() override;

    /// Waits for the outcome of listen(); true when the server listens (call after start()).
    bool waitUntilListening();
    /// Valid once waitUntilListening() returned.
    QUrl apiRoot() const { return m_apiRoot; }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

protected:
    void run() override;

private:
    const DemoServerOptions m_options;
    QSemaphore m_ready;
    std::optional<bool> m_listening; ///< set by waitUntilListening()
    // Written by run() before it releases m_ready, read only after acquiring it.
    bool m_started = false;
    QUrl m_apiRoot;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace LicenseDesk

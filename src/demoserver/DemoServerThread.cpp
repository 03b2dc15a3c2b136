#include "DemoServerThread.h"

namespace LicenseDesk {

DemoServerThread::DemoServerThread(DemoServerOptions options, QObject *parent)
    : QThread(parent)
    , m_options(std::move(options)) {
    setObjectName(QStringLiteral("DemoServer"));
}

DemoServerThread::~DemoServerThread() {
    quit();
    wait();
}

bool DemoServerThread::waitUntilListening() {
    if (!m_listening) {
        m_ready.acquire();
        m_listening = m_started;
    }
    return *m_listening;
}

void DemoServerThread::run() {
    DemoServer server(m_options);
    m_started = server.listen();
    m_apiRoot = server.apiRoot();
    m_port = server.port();
    m_error = server.errorString();
    m_ready.release();
    if (m_started)
        exec();
}

} // namespace LicenseDesk

// Accepting a connection: the gate connects to the socket before Qt HttpServer is told of it.
#include "DemoListener.h"

#include <QTcpSocket>

namespace LicenseDesk {

DemoListener::DemoListener(QObject *httpServer, DemoRequestGate::Check check, QObject *parent)
    : QTcpServer(parent)
    , m_httpServer(httpServer)
    , m_check(std::move(check)) {}

void DemoListener::incomingConnection(qintptr socketDescriptor) {
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    new DemoRequestGate(socket, m_httpServer, m_check);
    addPendingConnection(socket);
}

} // namespace LicenseDesk

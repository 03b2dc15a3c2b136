// The demo server's TCP listener: puts a DemoRequestGate on every connection it accepts.
#pragma once

#include "DemoRequestGate.h"

#include <QTcpServer>

namespace LicenseDesk {

class DemoListener final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoListener)

public:
    /// httpServer: the Qt HttpServer bound to this listener; check: asked about every request head.
    DemoListener(QObject *httpServer, DemoRequestGate::Check check, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QObject *m_httpServer;
    DemoRequestGate::Check m_check;
};

} // namespace LicenseDesk

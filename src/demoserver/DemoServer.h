// A local stand-in for the License part of the SuperOffice WebAPI, for demos, tests and the GUI's --demo.
#pragma once

#include <QHostAddress>
#include <QLatin1StringView>
#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

namespace LicenseDesk {

class DemoLicenseStore;
class DemoRouter;
struct DemoReply;
struct DemoRequestHead;

/// The demo's built-in credentials: the default Basic pair, and the fixed ticket and token.
namespace DemoCredentials {
inline constexpr QLatin1StringView User{"demo", 4};
inline constexpr QLatin1StringView Password{"demo", 4};
inline constexpr QLatin1StringView Ticket{"7T:ZGVtby10aWNrZXQtbGljZW5zZWRlc2s=", 35};
inline constexpr QLatin1StringView Token{"8A:Cust00000.LicenseDeskDemoAccessToken", 39};
} // namespace DemoCredentials

struct DemoServerOptions {
    QString dataFile;   ///< where the state is saved; empty keeps it in memory only
    bool reset = false; ///< start from the seed even when dataFile holds a saved state
    QString user = DemoCredentials::User;
    QString password = DemoCredentials::Password;
    QString ticket = DemoCredentials::Ticket; ///< the SOTicket accepted; empty accepts none
    QString token = DemoCredentials::Token;   ///< the Bearer token accepted; empty accepts none
    bool requireCredentials = true; ///< false accepts every request as if signed in (benchmarks)
    int latencyMs = 0;   ///< every answer is delayed by this much (without blocking other requests)
    double failRate = 0; ///< this fraction of requests gets 500 and an HTML page
    int owners = 0;      ///< owners x modules synthetic installation; 0 x 0 = the realistic seed
    int modules = 0;
};

/// Serves the License REST and agent endpoints over HTTP on one port (see DemoRouter for the routes).
/// Accepts Basic credentials (options.user/password), "SOTicket <options.ticket>" or
/// "Bearer <options.token>"; anything else under /api/v1 gets 401 with WWW-Authenticate: Basic
/// realm="SuperOffice" (unless options.requireCredentials is false). Both checks, credentials and a
/// body over MaxBodyBytes (413), happen on the request's head, before its body is read.
class DemoServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoServer)

public:
    /// The default Basic credentials, and the fixed ticket and token the demo accepts.
    static constexpr QLatin1StringView DemoUser = DemoCredentials::User;
    static constexpr QLatin1StringView DemoPassword = DemoCredentials::Password;
    static constexpr QLatin1StringView DemoTicket = DemoCredentials::Ticket;
    static constexpr QLatin1StringView DemoToken = DemoCredentials::Token;
    /// Larger request bodies are refused with 413 before any of them is read.
    static constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;

    explicit DemoServer(DemoServerOptions options, QObject *parent = nullptr);
    ~DemoServer() override;

    /// Opens the data file and starts listening; false with errorString() set when either fails.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    /// http://ADDRESS:PORT/api (loopback when listening on every address).
    QUrl apiRoot() const;
    QString errorString() const { return m_error; }

private:
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    DemoReply answer(const QHttpServerRequest &request);
    /// The refusal of a request, decided on its head alone; nullopt lets it through.
    std::optional<DemoReply> admit(const DemoRequestHead &head, qint64 bodyLength) const;
    bool authorised(const QByteArray &authorization) const;

    DemoServerOptions m_options;
    std::unique_ptr<DemoLicenseStore> m_store;
    std::unique_ptr<DemoRouter> m_router;
    QHttpServer *m_http = nullptr;
    QTcpServer *m_tcp = nullptr;
    QHostAddress m_address;
    QString m_error;
};

} // namespace LicenseDesk

// Entry point of licensedesk-demo-server: the demo License WebAPI as a standalone process.
#include "DemoServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <cstdio>

namespace {

using LicenseDesk::DemoServer;
using LicenseDesk::DemoServerOptions;

constexpr int kFailedExit = 1; // the server could not start: data file or port
constexpr int kUsageExit = 2;

QString text(const char *source) {
    return QCoreApplication::translate("DemoServerMain", source);
}

void printErr(const QString &message) {
    std::fprintf(stderr, "licensedesk-demo-server: %s\n", qUtf8Printable(message));
}

[[noreturn]] void fail(const QString &message, int exitCode = kUsageExit) {
    printErr(message);
    std::exit(exitCode);
}

int intValue(const QCommandLineParser &parser, const QString &name, int min, int max) {
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        fail(text("--%1 must be a whole number from %2 to %3, not \"%4\".")
                 .arg(name)
                 .arg(min)
                 .arg(max)
                 .arg(parser.value(name)));
    return value;
}

QString defaultDataFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-server.json");
}

void addOptions(QCommandLineParser &parser) {
    parser.setApplicationDescription(
        text("Serves demo SuperOffice license data over the License WebAPI (REST and agent endpoints)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("port"), text("TCP port; 0 picks a free one (default 8765)."), text("N"),
         QStringLiteral("8765")},
        {QStringLiteral("bind"), text("Address to listen on (default 127.0.0.1)."), text("ADDR"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("data"),
         text("State file (default %1).").arg(QDir::toNativeSeparators(defaultDataFile())), text("FILE"),
         defaultDataFile()},
        {QStringLiteral("user"), text("Basic user name (default demo)."), text("U"), QStringLiteral("demo")},
        {QStringLiteral("password"), text("Basic password (default demo)."), text("P"),
         QStringLiteral("demo")},
        {QStringLiteral("ticket"),
         text("SOTicket to accept (default: the demo's fixed ticket, none with --user or --password)."),
         text("T")},
        {QStringLiteral("token"),
         text("Bearer token to accept (default: the demo's fixed token, none with --user or --password)."),
         text("T")},
        {QStringLiteral("reset"), text("Discard the saved state and start from the seed.")},
        {QStringLiteral("no-auth"), text("Accept every request without credentials (for benchmarks).")},
        {QStringLiteral("latency"), text("Delay every answer by MS milliseconds."), text("MS"),
         QStringLiteral("0")},
        {QStringLiteral("fail-rate"), text("Answer this fraction of requests (0 to 1) with HTTP 500."),
         text("P"), QStringLiteral("0")},
        {QStringLiteral("owners"), text("Synthetic installation: number of owners."), text("N"),
         QStringLiteral("0")},
        {QStringLiteral("modules"), text("Synthetic installation: modules per owner."), text("M"),
         QStringLiteral("0")},
    });
}

void parseArguments(QCommandLineParser &parser) {
    if (!parser.parse(QCoreApplication::arguments()))
        fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        fail(text("Unexpected argument \"%1\"; see --help.").arg(parser.positionalArguments().constFirst()));
}

// A ticket and token everyone can read in the sources must not open a server given its own password.
void setCredentials(const QCommandLineParser &parser, DemoServerOptions &options) {
    options.user = parser.value(QStringLiteral("user"));
    options.password = parser.value(QStringLiteral("password"));
    if (options.user.isEmpty() || options.password.isEmpty())
        fail(text("--user and --password must not be empty."));
    const bool ownCredentials =
        parser.isSet(QStringLiteral("user")) || parser.isSet(QStringLiteral("password"));
    if (ownCredentials || parser.isSet(QStringLiteral("ticket")))
        options.ticket = parser.value(QStringLiteral("ticket"));
    if (ownCredentials || parser.isSet(QStringLiteral("token")))
        options.token = parser.value(QStringLiteral("token"));
    options.requireCredentials = !parser.isSet(QStringLiteral("no-auth"));
}

DemoServerOptions serverOptions(const QCommandLineParser &parser) {
    DemoServerOptions options;
    options.dataFile = parser.value(QStringLiteral("data"));
    options.reset = parser.isSet(QStringLiteral("reset"));
    setCredentials(parser, options);
    options.latencyMs = intValue(parser, QStringLiteral("latency"), 0, 600000);
    bool ok = false;
    options.failRate = parser.value(QStringLiteral("fail-rate")).toDouble(&ok);
    if (!ok || options.failRate < 0 || options.failRate > 1)
        fail(text("--fail-rate must be a number from 0 to 1, not \"%1\".")
                 .arg(parser.value(QStringLiteral("fail-rate"))));
    options.owners = intValue(parser, QStringLiteral("owners"), 0, 1000);
    options.modules = intValue(parser, QStringLiteral("modules"), 0, 10000);
    return options;
}

QHostAddress bindAddress(const QCommandLineParser &parser) {
    const QHostAddress address(parser.value(QStringLiteral("bind")));
    if (address.isNull())
        fail(text("--bind needs an IP address such as 127.0.0.1 or ::1, not \"%1\".")
                 .arg(parser.value(QStringLiteral("bind"))));
    return address;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("LicenseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("licensedesk-demo-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LICENSEDESK_VERSION));

    QCommandLineParser parser;
    addOptions(parser);
    parseArguments(parser);
    const DemoServerOptions options = serverOptions(parser);
    const int port = intValue(parser, QStringLiteral("port"), 0, 65535);
    const QHostAddress address = bindAddress(parser);

    DemoServer server(options);
    if (!server.listen(address, quint16(port)))
        fail(server.errorString(), kFailedExit);

    // The first line is the contract with scripts and tests: read it to learn the port.
    std::fprintf(stdout, "listening on %s\n", qUtf8Printable(server.apiRoot().toString()));
    std::fflush(stdout);
    if (!address.isLoopback())
        printErr(text("Warning: %1 is reachable from other machines. The demo server serves made-up data "
                      "to anyone with its credentials; bind to 127.0.0.1 unless others need it.")
                     .arg(address.toString()));
    std::fprintf(stderr, "%s\n",
                 qUtf8Printable(text("Demo data: %1").arg(QDir::toNativeSeparators(options.dataFile))));
    return QCoreApplication::exec();
}

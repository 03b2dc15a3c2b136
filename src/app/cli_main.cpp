// licensedesk-cli: the scriptable command-line front end (see src/cli).
#include "CommandLineApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("licensedesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("LicenseDesk"));
    // Same as the desktop app, so the CLI finds its saved profiles (and their keychain passwords).
    QCoreApplication::setOrganizationDomain(QStringLiteral("licensedesk.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LICENSEDESK_VERSION));
    return LicenseDesk::Cli::CommandLineApp::exec(app);
}

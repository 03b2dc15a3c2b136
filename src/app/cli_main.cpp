// licensedesk-cli: the scriptable command-line front end (see src/cli).
#include "CommandLineApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("licensedesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("LicenseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LICENSEDESK_VERSION));
    return LicenseDesk::Cli::CommandLineApp::exec(app);
}

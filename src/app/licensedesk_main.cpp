// licensedesk: the desktop application (see DesktopLauncher for the command line, DesktopApp for the rest).
#include "DesktopLauncher.h"

int main(int argc, char *argv[]) {
    return LicenseDesk::runDesktopApp(argc, argv);
}

// Entry point of the LicenseDesk desktop application.
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LicenseDesk"));
    QApplication::setOrganizationName(QStringLiteral("LicenseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(LICENSEDESK_VERSION));
    LicenseDesk::MainWindow window;
    window.show();
    return QApplication::exec();
}

// licensedesk-screenshots (development tool, never installed): renders the demo's main window and
// activation preview to PNG files for docs/screenshots. Usage: licensedesk-screenshots DIR
#include "DesktopApp.h"
#include "DesktopLauncher.h"
#include "ScreenshotRunner.h"

#include <QApplication>
#include <QTextStream>
#include <memory>

using namespace LicenseDesk;

int main(int argc, char *argv[]) {
    if (argc != 2 || argv[1][0] == '-') {
        QTextStream(stderr) << "usage: licensedesk-screenshots DIR" << Qt::endl;
        return 1;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    int fakeArgc = 1; // the launcher must not read DIR as an option
    std::unique_ptr<ScreenshotRunner> runner;
    DesktopLaunch launch;
    launch.forceDemo = true;
    launch.prepare = [&](DesktopApp &desktop) {
        runner = std::make_unique<ScreenshotRunner>(desktop.window(), dir);
        QObject::connect(runner.get(), &ScreenshotRunner::done, qApp,
                         [](int code) { QApplication::exit(code); });
        runner->start();
    };
    return runDesktopApp(fakeArgc, argv, launch);
}

// cold_start and rss_mb: the licensedesk executable's own start-up (same launcher, same options) with a
// probe that prints "first-paint peak_rss_kb=N" once the window has painted the owners it fetched.
#include "DesktopApp.h"
#include "DesktopLauncher.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"

using namespace LicenseDesk;

int main(int argc, char *argv[]) {
    DesktopLaunch launch;
    launch.prepare = [](DesktopApp &desktop) {
        auto *probe = new FirstPaintProbe(desktop.window());
        QObject::connect(desktop.window(), &MainWindow::ownersShown, probe, &FirstPaintProbe::arm,
                         Qt::SingleShotConnection);
    };
    return runDesktopApp(argc, argv, launch);
}

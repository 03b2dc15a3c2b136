// Entry point of the LicenseDesk desktop application: options, then DesktopApp does the rest.
#include "DesktopApp.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "ScreenshotRunner.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

using namespace LicenseDesk;

int main(int argc, char *argv[]) {
    // --version must work without a display (packaging checks, headless servers): answer it first.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            QTextStream(stdout) << "licensedesk " << LICENSEDESK_VERSION << Qt::endl;
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("LicenseDesk"));
    QApplication::setOrganizationName(QStringLiteral("LicenseDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("licensedesk.github.io"));
    QApplication::setApplicationVersion(QStringLiteral(LICENSEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(LICENSEDESK_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "License manager for SuperOffice CRM installations"));
    parser.addHelpOption();
    const QCommandLineOption versionOption( // answered above; listed here for --help
        QStringLiteral("version"), QCoreApplication::translate("main", "Print the version and exit."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start a built-in demo server and connect to it."));
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        QCoreApplication::translate("main", "Connect to the WebAPI at URL (…/SuperOffice or …/api)."),
        QStringLiteral("URL"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Write screenshots to DIR."), QStringLiteral("DIR"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({versionOption, demoOption, urlOption, screenshotOption});
    parser.process(app);

    DesktopApp::Options options;
    options.demo = parser.isSet(demoOption) || parser.isSet(screenshotOption);
    options.url = parser.value(urlOption);
    DesktopApp desktop(options); // installs the saved language before it builds the window
    // Benchmarks (bench/run) time start-up to the first paint that shows license data.
    if (qEnvironmentVariableIntValue("LICENSEDESK_BENCH_FIRST_PAINT") == 1) {
        auto *probe = new FirstPaintProbe(desktop.window());
        QObject::connect(desktop.window(), &MainWindow::ownersShown, probe, &FirstPaintProbe::arm,
                         Qt::SingleShotConnection);
    }
    std::unique_ptr<ScreenshotRunner> screenshots;
    if (parser.isSet(screenshotOption)) {
        screenshots = std::make_unique<ScreenshotRunner>(desktop.window(), parser.value(screenshotOption));
        QObject::connect(screenshots.get(), &ScreenshotRunner::done, &app,
                         [](int code) { QApplication::exit(code); });
        screenshots->start();
    }

    if (const std::optional<DesktopApp::StartFailure> failure = desktop.start()) {
        QTextStream(stderr) << "licensedesk: " << failure->message << Qt::endl;
        return failure->exitCode;
    }
    return QApplication::exec();
}

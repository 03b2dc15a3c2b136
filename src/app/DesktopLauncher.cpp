// Starts the desktop app from a command line: shared by licensedesk and the development tools.
#include "DesktopLauncher.h"

#include "DesktopApp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

namespace LicenseDesk {

namespace {

void setApplicationIdentity() {
    QApplication::setApplicationName(QStringLiteral("LicenseDesk"));
    QApplication::setOrganizationName(QStringLiteral("LicenseDesk"));
    QApplication::setOrganizationDomain(QStringLiteral("licensedesk.github.io"));
    QApplication::setApplicationVersion(QStringLiteral(LICENSEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(LICENSEDESK_APP_ID));
}

DesktopApp::Options parseOptions(const QApplication &app) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "License manager for SuperOffice CRM installations"));
    parser.addHelpOption();
    const QCommandLineOption versionOption( // answered before QApplication; listed here for --help
        QStringLiteral("version"), QCoreApplication::translate("main", "Print the version and exit."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start a built-in demo server and connect to it."));
    const QCommandLineOption urlOption(
        QStringLiteral("url"),
        QCoreApplication::translate("main", "Connect to the WebAPI at URL (…/SuperOffice or …/api)."),
        QStringLiteral("URL"));
    parser.addOptions({versionOption, demoOption, urlOption});
    parser.process(app);

    DesktopApp::Options options;
    options.demo = parser.isSet(demoOption);
    options.url = parser.value(urlOption);
    return options;
}

} // namespace

int runDesktopApp(int argc, char *argv[], const DesktopLaunch &launch) {
    // --version must work without a display (packaging checks, headless servers): answer it first.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            QTextStream(stdout) << "licensedesk " << LICENSEDESK_VERSION << Qt::endl;
            return 0;
        }
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    DesktopApp::Options options = parseOptions(app);
    options.demo = options.demo || launch.forceDemo;

    DesktopApp desktop(options); // installs the saved language before it builds the window
    if (launch.prepare)
        launch.prepare(desktop);
    if (const std::optional<DesktopApp::StartFailure> failure = desktop.start()) {
        QTextStream(stderr) << "licensedesk: " << failure->message << Qt::endl;
        return failure->exitCode;
    }
    return QApplication::exec();
}

} // namespace LicenseDesk

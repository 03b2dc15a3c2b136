// Entry point of the LicenseDesk desktop application: options, the shared network stack, the window.
#include "DemoServer.h"
#include "FirstPaintProbe.h"
#include "LicenseClient.h"
#include "MainWindow.h"
#include "ScreenshotRunner.h"
#include "Translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QTextStream>
#include <memory>

using namespace LicenseDesk;

int main(int argc, char *argv[]) {
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
    const QCommandLineOption versionOption(
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

    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << "licensedesk " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    Translator::install(
        QSettings().value(QStringLiteral("language"), Translator::systemSetting()).toString());
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network; // the one access manager of the application
    LicenseClient client(&network);

    ConnectionSettings settings;
    settings.language = QLocale().name().left(2);
    std::unique_ptr<DemoServer> demo;
    if (parser.isSet(demoOption) || parser.isSet(screenshotOption)) {
        demo = std::make_unique<DemoServer>(DemoServerOptions{});
        if (!demo->listen()) {
            QTextStream(stderr) << "licensedesk: the demo server did not start: " << demo->errorString()
                                << Qt::endl;
            return 1;
        }
        // Through the real network stack, exactly like a customer installation with Basic auth.
        settings.apiRoot = demo->apiRoot();
        settings.auth = AuthMethod::Basic;
        settings.user = DemoServer::DemoUser;
        settings.secret = DemoServer::DemoPassword;
    } else if (parser.isSet(urlOption)) {
        QString error;
        const auto root = ConnectionSettings::normaliseApiRoot(parser.value(urlOption), &error);
        if (!root) {
            QTextStream(stderr) << "licensedesk: " << error << Qt::endl;
            return 2;
        }
        settings.apiRoot = *root;
    }
    client.setSettings(settings);

    MainWindow window(&client);
    // Benchmarks (bench/run) time start-up to the first paint that shows license data.
    if (qEnvironmentVariableIntValue("LICENSEDESK_BENCH_FIRST_PAINT") == 1) {
        auto *probe = new FirstPaintProbe(&window);
        QObject::connect(&window, &MainWindow::ownersShown, probe, &FirstPaintProbe::arm,
                         Qt::SingleShotConnection);
    }
    window.show();

    std::unique_ptr<ScreenshotRunner> screenshots;
    if (parser.isSet(screenshotOption)) {
        screenshots = std::make_unique<ScreenshotRunner>(&window, parser.value(screenshotOption));
        QObject::connect(screenshots.get(), &ScreenshotRunner::done, &app,
                         [](int code) { QApplication::exit(code); });
        screenshots->start();
    }
    return QApplication::exec();
}

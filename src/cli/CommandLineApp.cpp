// Help, version and usage errors end here at once; real commands run in the event loop.
#include "CommandLineApp.h"

#include "CommandLine.h"
#include "CommandRunner.h"
#include "Console.h"
#include "ExitCode.h"
#include "KeychainPasswordSource.h"
#include "KeychainSecretStore.h"
#include "PasswordSource.h"
#include "ProfileStore.h"
#include "Translator.h"

#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

namespace LicenseDesk::Cli {

int CommandLineApp::exec(QCoreApplication &app) {
    Console::setUp();
    const QStringList arguments = QCoreApplication::arguments();
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The UI language: --language when it names a shipped catalogue, else the system's.
    const QString language = CommandLine::language(arguments, environment);
    Translator::install(language.isEmpty() ? Translator::systemSetting() : language);

    const ParsedCommandLine parsed = CommandLine::parse(arguments, environment);
    switch (parsed.action) {
    case ParsedCommandLine::Action::ShowHelp:
        Console::writeOut(CommandLine::helpText());
        return toInt(ExitCode::Success);
    case ParsedCommandLine::Action::ShowVersion:
        Console::writeOut(QStringLiteral("licensedesk-cli " LICENSEDESK_VERSION "\n"));
        return toInt(ExitCode::Success);
    case ParsedCommandLine::Action::UsageError:
        Console::error(parsed.error);
        Console::error(tr("Try \"licensedesk-cli --help\"."));
        return toInt(ExitCode::Usage);
    case ParsedCommandLine::Action::Run:
        break;
    }

    // The password: environment, else what the desktop app keeps in the keychain, else a prompt.
    const std::unique_ptr<QSettings> desktopSettings = KeychainPasswordSource::desktopAppSettings();
    ProfileStore profiles(desktopSettings.get());
    KeychainSecretStore keychain;
    auto passwords = std::make_unique<PasswordChain>();
    passwords->append(std::make_unique<EnvironmentPasswordSource>());
    passwords->append(std::make_unique<KeychainPasswordSource>(profiles, keychain));
    passwords->append(std::make_unique<TerminalPasswordPrompt>());
    CommandRunner runner(parsed.options, std::move(passwords));
    // Start from inside the event loop so that QCoreApplication::exit() is never called before exec().
    QTimer::singleShot(0, &runner, &CommandRunner::start);
    return app.exec();
}

} // namespace LicenseDesk::Cli

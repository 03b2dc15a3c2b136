// The whole of licensedesk-cli behind its tiny main(): arguments, translation, event loop, exit code.
#pragma once

#include <QCoreApplication>

namespace LicenseDesk::Cli {

class CommandLineApp final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::Cli::CommandLineApp)
public:
    /// Parses app's arguments, runs the command in app's event loop and returns the exit code.
    static int exec(QCoreApplication &app);
};

} // namespace LicenseDesk::Cli

// Runs one parsed command: looks up the password, starts the command, exits the event loop with its code.
#pragma once

#include "CommandLine.h"
#include "PasswordSource.h"

#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace LicenseDesk {
class LicenseClient;
}

namespace LicenseDesk::Cli {

class CliCommand;

class CommandRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    /// passwords: where a Basic password is looked up when the options have none.
    CommandRunner(CliOptions options, std::unique_ptr<PasswordSource> passwords, QObject *parent = nullptr);
    ~CommandRunner() override;

    /// Starts the command; finished() follows, and QCoreApplication::exit() is called with the code.
    void start();

signals:
    void finished(int exitCode);

private:
    void run();
    void end(int exitCode);

    CliOptions m_options;
    std::unique_ptr<PasswordSource> m_passwords;
    QNetworkAccessManager *m_network;
    LicenseClient *m_client;
    CliCommand *m_command = nullptr;
};

} // namespace LicenseDesk::Cli

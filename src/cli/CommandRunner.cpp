// Wires options, password lookup, the network client and the chosen command together.
#include "CommandRunner.h"

#include "ActivateCommand.h"
#include "Console.h"
#include "LicenseClient.h"
#include "ReadCommand.h"

#include <QCoreApplication>
#include <QDate>
#include <QNetworkAccessManager>

namespace LicenseDesk::Cli {

CommandRunner::CommandRunner(CliOptions options, std::unique_ptr<PasswordSource> passwords, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_passwords(std::move(passwords))
    , m_network(new QNetworkAccessManager(this))
    , m_client(new LicenseClient(m_network, this)) {}

CommandRunner::~CommandRunner() = default;

void CommandRunner::start() {
    if (!m_options.needsPassword()) {
        run();
        return;
    }
    m_passwords->lookUp(
        m_options.settings.apiRoot, m_options.settings.user, [this](std::optional<QString> password) {
            if (!password) {
                Console::error(
                    tr("No password for %1: set LICENSEDESK_PASSWORD or run in a terminal to be asked.")
                        .arg(m_options.settings.user));
                end(toInt(ExitCode::Usage));
                return;
            }
            m_options.settings.secret = *password;
            run();
        });
}

void CommandRunner::run() {
    m_client->setSettings(m_options.settings);
    const ReportWriter writer(m_options.format, Console::outputWidth(), QDate::currentDate());
    if (m_options.command == Command::Activate)
        m_command = new ActivateCommand(m_options, m_client, writer, this);
    else
        m_command = new ReadCommand(m_options, m_client, writer, this);
    connect(m_command, &CliCommand::finished, this, &CommandRunner::end);
    m_command->start();
}

void CommandRunner::end(int exitCode) {
    emit finished(exitCode);
    QCoreApplication::exit(exitCode);
}

} // namespace LicenseDesk::Cli

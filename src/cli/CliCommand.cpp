// Shared ending of every command: errors to stderr, one finished() with the exit code.
#include "CliCommand.h"

#include "Console.h"
#include "ErrorReport.h"

namespace LicenseDesk::Cli {

CliCommand::CliCommand(const CliOptions &options, LicenseClient *client, const ReportWriter &writer,
                       QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(client)
    , m_writer(writer) {}

CliCommand::~CliCommand() = default;

void CliCommand::fail(const ApiError &error) {
    ErrorReport::print(error);
    finish(exitCodeFor(error.category));
}

void CliCommand::fail(ExitCode code, const QString &message) {
    Console::error(message);
    finish(code);
}

bool CliCommand::isUsable(const ApiError &error, bool hasValue, bool acceptRefusal) {
    // A refusal (CanBeActivated=false) still carries the license: the preview shows why.
    return hasValue &&
           (error.isNull() || (acceptRefusal && error.category == ErrorCategory::BusinessRefusal));
}

void CliCommand::failWithoutValue(const ApiError &error) {
    if (!error.isNull()) {
        fail(error);
        return;
    }
    ApiError missing;
    missing.category = ErrorCategory::BadResponse;
    missing.userMessage = tr("The server's answer was empty.");
    fail(missing);
}

void CliCommand::finish(ExitCode code) {
    if (m_finished)
        return;
    m_finished = true;
    emit finished(toInt(code));
}

} // namespace LicenseDesk::Cli

// The read-only commands: each sends one request and prints the answer in the chosen format.
#include "ReadCommand.h"

#include "Console.h"
#include "LicenseClient.h"

namespace LicenseDesk::Cli {

ReadCommand::ReadCommand(const CliOptions &options, LicenseClient *client, const ReportWriter &writer,
                         QObject *parent)
    : CliCommand(options, client, writer, parent) {}

void ReadCommand::start() {
    switch (m_options.command) {
    case Command::Owners:
        whenDone(m_client->fetchAllOwners(), false, [this](const QList<ExtendedLicenseInfo> &owners) {
            Console::writeOut(m_writer.owners(owners));
            finish(ExitCode::Success);
        });
        return;
    case Command::Show:
        whenDone(m_client->fetchOwner(m_options.owner), false, [this](const ExtendedLicenseInfo &info) {
            Console::writeOut(m_writer.license(info));
            finish(ExitCode::Success);
        });
        return;
    case Command::Module:
        whenDone(m_client->fetchModule(m_options.owner, m_options.module), false,
                 [this](const ModuleLicense &module) {
                     Console::writeOut(m_writer.moduleLicense(module));
                     finish(ExitCode::Success);
                 });
        return;
    case Command::Status:
        whenDone(m_client->fetchLicenseServerStatus(m_options.owner), false,
                 [this](const CheckLicenseStatusResult &status) {
                     Console::writeOut(m_writer.status(m_options.owner, status));
                     finish(ExitCode::Success);
                 });
        return;
    case Command::Preview:
        whenDone(m_client->fetchLicenseFromLicenseServer(m_options.owner), true,
                 [this](const ExtendedLicenseInfo &info) {
                     const ActivationPreview preview = activationPreview(info);
                     Console::writeOut(m_writer.preview(info, preview));
                     finish(preview.verdict == ActivationVerdict::Blocked ? ExitCode::ActivationRefused
                                                                          : ExitCode::Success);
                 });
        return;
    case Command::Activate:
        break;
    }
    fail(ExitCode::Usage, tr("internal error: \"activate\" is not a read command"));
}

} // namespace LicenseDesk::Cli

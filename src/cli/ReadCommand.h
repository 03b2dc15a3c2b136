// The read-only commands: owners, show, module, status and preview.
#pragma once

#include "CliCommand.h"

namespace LicenseDesk::Cli {

/// owners, show, module, status and preview: one request, one answer printed.
class ReadCommand final : public CliCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadCommand)

public:
    ReadCommand(const CliOptions &options, LicenseClient *client, const ReportWriter &writer,
                QObject *parent = nullptr);
    void start() override;
};

} // namespace LicenseDesk::Cli

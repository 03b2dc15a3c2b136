// activate: preview, confirm, ActivateLicenseInfo once, re-read and verify against the preview.
#pragma once

#include "CliCommand.h"
#include "LicenseFacts.h"

#include <QJsonObject>

namespace LicenseDesk::Cli {

/// Never sends ActivateLicenseInfo for a blocked preview or without confirmation, and never sends it
/// twice: when the answer is lost after sending, it re-reads the owner and reports what happened.
class ActivateCommand final : public CliCommand {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivateCommand)

public:
    ActivateCommand(const CliOptions &options, LicenseClient *client, const ReportWriter &writer,
                    QObject *parent = nullptr);
    void start() override;

private:
    void previewReady(const ExtendedLicenseInfo &candidate);
    void confirm();
    void activate();
    void reread(bool answerLost);
    void verify(const ExtendedLicenseInfo &stored, bool answerLost);
    /// Ends without activating: prints the JSON/CSV summary when that format was chosen.
    void stopBeforeActivation(ExitCode code, const QString &message);
    void writeJsonSummary(bool activated, const QJsonValue &verified, const QStringList &mismatches,
                          const std::optional<ExtendedLicenseInfo> &stored, const QString &message);

    ExtendedLicenseInfo m_candidate;
    ActivationPreview m_preview;
};

} // namespace LicenseDesk::Cli

// Base of the CLI's commands: asynchronous steps that end by emitting finished(exit code) once.
#pragma once

#include "ApiError.h"
#include "ApiJob.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "ReportWriter.h"

#include <QObject>

namespace LicenseDesk {
class LicenseClient;
}

namespace LicenseDesk::Cli {

class CliCommand : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    ~CliCommand() override;
    /// Sends the first request; returns at once.
    virtual void start() = 0;

signals:
    /// The command is over; the value is an ExitCode.
    void finished(int exitCode);

protected:
    CliCommand(const CliOptions &options, LicenseClient *client, const ReportWriter &writer, QObject *parent);

    /// Reports the error on stderr and finishes with its exit code.
    void fail(const ApiError &error);
    /// Writes "licensedesk-cli: message" to stderr and finishes with code.
    void fail(ExitCode code, const QString &message);
    void finish(ExitCode code);

    /// When job finishes: calls onValue(value) if it succeeded (with acceptRefusal, also when a
    /// BusinessRefusal carries a value); otherwise reports the error and finishes.
    template <typename Job, typename OnValue> void whenDone(Job *job, bool acceptRefusal, OnValue onValue) {
        connect(job, &ApiJob::finished, this, [this, job, acceptRefusal, onValue] {
            const auto result = job->result();
            if (isUsable(result.error, result.value.has_value(), acceptRefusal))
                onValue(*result.value);
            else
                failWithoutValue(result.error);
        });
    }

    const CliOptions m_options;
    LicenseClient *const m_client;
    const ReportWriter m_writer;

private:
    static bool isUsable(const ApiError &error, bool hasValue, bool acceptRefusal);
    void failWithoutValue(const ApiError &error);

    bool m_finished = false;
};

} // namespace LicenseDesk::Cli

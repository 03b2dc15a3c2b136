// The activation flow as asynchronous steps; every end goes through finish() with one exit code.
#include "ActivateCommand.h"

#include "ActivationCheck.h"
#include "ConfirmationPrompt.h"
#include "Console.h"
#include "ErrorReport.h"
#include "JsonReport.h"
#include "LicenseClient.h"

#include <QJsonArray>

namespace LicenseDesk::Cli {

namespace {

// Whether the server may have acted although no answer arrived: the request left and then the
// connection broke, stalled or returned garbage. A 401/404 proves the server did nothing.
bool mayHaveActed(const ApiJob *job, ErrorCategory category) {
    if (!job->wasSent())
        return false;
    switch (category) {
    case ErrorCategory::Cancelled:
    case ErrorCategory::CannotConnect:
    case ErrorCategory::Timeout:
    case ErrorCategory::ServerError:
    case ErrorCategory::BadResponse:
    case ErrorCategory::TooLarge:
    case ErrorCategory::HttpError:
        return true;
    case ErrorCategory::None:
    case ErrorCategory::Tls:
    case ErrorCategory::Authentication:
    case ErrorCategory::NotFound:
    case ErrorCategory::Misdirected:
    case ErrorCategory::BusinessRefusal:
    case ErrorCategory::InvalidRequest:
        break;
    }
    return false;
}

} // namespace

ActivateCommand::ActivateCommand(const CliOptions &options, LicenseClient *client, const ReportWriter &writer,
                                 QObject *parent)
    : CliCommand(options, client, writer, parent) {}

void ActivateCommand::start() {
    whenDone(m_client->fetchLicenseFromLicenseServer(m_options.owner), true,
             [this](const ExtendedLicenseInfo &candidate) { previewReady(candidate); });
}

void ActivateCommand::previewReady(const ExtendedLicenseInfo &candidate) {
    m_candidate = candidate;
    m_preview = activationPreview(candidate);
    if (m_writer.format() == OutputFormat::Table)
        Console::writeOut(m_writer.preview(m_candidate, m_preview) + u'\n');

    switch (m_preview.verdict) {
    case ActivationVerdict::NoCandidate:
        stopBeforeActivation(ExitCode::ActivationRefused,
                             tr("The license server offered no new license for %1: nothing to activate.")
                                 .arg(m_options.owner));
        return;
    case ActivationVerdict::Blocked:
        stopBeforeActivation(ExitCode::ActivationRefused,
                             tr("Not activating: %1").arg(LicenseTexts::verdict(m_preview)));
        return;
    case ActivationVerdict::NoChange:
    case ActivationVerdict::Allowed:
        break;
    }
    confirm();
}

void ActivateCommand::confirm() {
    if (m_options.assumeYes) {
        activate();
        return;
    }
    if (!Console::stdinIsTerminal()) {
        stopBeforeActivation(ExitCode::ActivationRefused,
                             tr("Not activating without confirmation: standard input is not a terminal. "
                                "Pass --yes to activate."));
        return;
    }
    auto *prompt = new ConfirmationPrompt(this);
    connect(prompt, &ConfirmationPrompt::answered, this, [this, prompt](bool yes) {
        prompt->deleteLater();
        if (yes)
            activate();
        else
            stopBeforeActivation(ExitCode::ActivationRefused,
                                 tr("Activation cancelled: nothing was changed."));
    });
    //: The [y/N] letters are part of the prompt: the default (Enter) is No.
    prompt->ask(tr("Activate? [y/N]"));
}

void ActivateCommand::activate() {
    ActivationJob *job = m_client->activateLicense(m_candidate);
    connect(job, &ApiJob::finished, this, [this, job] {
        const ApiResult<LicenseResult> result = job->result();
        if (result.ok() && result.value->succeeded) {
            reread(false);
            return;
        }
        if (result.error.category == ErrorCategory::BusinessRefusal ||
            (result.error.isNull() && result.value && !result.value->succeeded)) {
            const QString reason = result.value ? result.value->reason : result.error.userMessage;
            const QString message = tr("The server refused the activation: %1").arg(reason);
            if (m_writer.format() == OutputFormat::Json)
                writeJsonSummary(false, QJsonValue(), {}, std::nullopt, message);
            fail(ExitCode::ActivationRefused, message);
            return;
        }
        if (mayHaveActed(job, result.error.category)) {
            // Sending again could activate twice or over a newer license: find out what happened instead.
            ErrorReport::print(result.error);
            Console::error(tr("The activation was sent, but its answer was lost. Reading what the server "
                              "now stores (the request is not sent again)…"));
            reread(true);
            return;
        }
        fail(result.error);
    });
}

void ActivateCommand::reread(bool answerLost) {
    LicenseJob *job = m_client->fetchOwner(m_options.owner);
    connect(job, &ApiJob::finished, this, [this, job, answerLost] {
        const ApiResult<ExtendedLicenseInfo> result = job->result();
        if (result.ok()) {
            verify(*result.value, answerLost);
            return;
        }
        if (answerLost)
            Console::error(tr("Could not find out whether the activation took effect. Run \"show %1\" "
                              "before trying again.")
                               .arg(m_options.owner));
        else
            Console::error(tr("The activation succeeded, but the license could not be read back."));
        fail(result.error);
    });
}

void ActivateCommand::verify(const ExtendedLicenseInfo &stored, bool answerLost) {
    const QStringList mismatches = ActivationCheck::mismatches(m_preview, moduleFacts(stored));
    const bool verified = mismatches.isEmpty();
    QString message;
    if (verified && answerLost)
        message = tr("The activation took effect: the server now stores the totals the preview showed.");
    else if (verified)
        message = tr("Activated. Verified: the server now stores the totals the preview showed.");
    else if (answerLost)
        message = tr("The server does not store the new license: the activation probably did not take "
                     "effect. Check with \"preview %1\" before trying again.")
                      .arg(m_options.owner);
    else
        message = tr("Activated, but the server stores totals that differ from the preview:");

    switch (m_writer.format()) {
    case OutputFormat::Table:
        Console::writeOut(m_writer.license(stored) + u'\n' + message + u'\n');
        for (const QString &line : mismatches)
            Console::writeOut(QStringLiteral("  ") + line + u'\n');
        break;
    case OutputFormat::Json:
        writeJsonSummary(!answerLost || verified, verified, mismatches, stored, message);
        break;
    case OutputFormat::Csv:
        Console::writeOut(m_writer.license(stored));
        Console::error(message);
        for (const QString &line : mismatches)
            Console::error(line);
        break;
    }
    if (verified)
        finish(ExitCode::Success);
    else
        finish(answerLost ? ExitCode::CannotConnect : ExitCode::BadResponse);
}

void ActivateCommand::stopBeforeActivation(ExitCode code, const QString &message) {
    if (m_writer.format() == OutputFormat::Json)
        writeJsonSummary(false, QJsonValue(), {}, std::nullopt, message);
    else if (m_writer.format() == OutputFormat::Csv)
        Console::writeOut(m_writer.preview(m_candidate, m_preview));
    fail(code, message);
}

void ActivateCommand::writeJsonSummary(bool activated, const QJsonValue &verified,
                                       const QStringList &mismatches,
                                       const std::optional<ExtendedLicenseInfo> &stored,
                                       const QString &message) {
    QJsonObject summary;
    summary.insert(QStringLiteral("owner"), m_options.owner);
    summary.insert(QStringLiteral("preview"), JsonReport::preview(m_candidate, m_preview, m_writer.today()));
    summary.insert(QStringLiteral("activated"), activated);
    summary.insert(QStringLiteral("verified"),
                   verified.isUndefined() ? QJsonValue(QJsonValue::Null) : verified);
    summary.insert(QStringLiteral("mismatches"), QJsonArray::fromStringList(mismatches));
    summary.insert(QStringLiteral("stored"), stored
                                                 ? QJsonValue(JsonReport::license(*stored, m_writer.today()))
                                                 : QJsonValue(QJsonValue::Null));
    summary.insert(QStringLiteral("message"), message);
    Console::writeOut(ReportWriter::json(summary));
}

} // namespace LicenseDesk::Cli

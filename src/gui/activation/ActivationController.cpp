// Activation: never sent twice, never edited, and always followed by a re-read of what the server stores.
#include "ActivationController.h"

#include "ActivationPreviewDialog.h"
#include "LicenseClient.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace LicenseDesk {

namespace {

ActivationController::ConfirmHook &confirmHook() {
    static ActivationController::ConfirmHook hook = [](QWidget *parent, const QString &title,
                                                       const QString &question) {
        return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    return hook;
}

} // namespace

void ActivationController::setConfirmHook(ConfirmHook hook) {
    confirmHook() = std::move(hook);
}

ActivationController::ActivationController(LicenseClient *client, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_dialogParent(dialogParent) {}

ActivationController::~ActivationController() {
    delete m_dialog;
}

void ActivationController::checkLicenseServer(const QString &owner, const QString &ownerTitle) {
    LicenseJob *job = m_client->fetchLicenseFromLicenseServer(owner);
    emit jobStarted(job, tr("Asking the license server about %1…").arg(ownerTitle));
    connect(job, &ApiJob::finished, this, [this, job, owner, ownerTitle] {
        const auto result = job->result();
        if (!result.value) {
            emit failed(result.error);
            return;
        }
        m_source = Source::LicenseServer;
        m_fileContent.clear();
        const ActivationPreview preview = activationPreview(*result.value);
        emit offerChecked(owner,
                          preview.verdict == ActivationVerdict::Allowed ||
                              (preview.verdict == ActivationVerdict::Blocked && !preview.changed.isEmpty()));
        showPreview(*result.value, ownerTitle);
    });
}

void ActivationController::previewLicenseFile(const QString &fileContent, const QString &fileName) {
    LicenseJob *job = m_client->previewLicenseFile(fileContent);
    emit jobStarted(job, tr("Reading license file %1…").arg(fileName));
    connect(job, &ApiJob::finished, this, [this, job, fileContent, fileName] {
        const auto result = job->result();
        if (!result.value) {
            emit failed(result.error);
            return;
        }
        m_source = Source::File;
        m_fileContent = fileContent;
        showPreview(*result.value, tr("%1 (from %2)").arg(result.value->ownerDescription(), fileName));
    });
}

void ActivationController::showPreview(const ExtendedLicenseInfo &candidate, const QString &ownerTitle) {
    if (m_activating)
        return; // never swap the candidate under a running activation
    m_candidate = candidate;
    m_owner = candidate.ownerName();
    m_ownerTitle = ownerTitle;
    m_preview = activationPreview(candidate);
    if (!m_dialog) {
        m_dialog = new ActivationPreviewDialog(m_dialogParent);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ActivationPreviewDialog::activateRequested, this, &ActivationController::activate);
    }
    m_dialog->setPreview(ownerTitle, m_preview);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    emit dialogOpened(m_dialog);
}

void ActivationController::activate() {
    if (m_activating || !m_dialog)
        return;
    const QString question =
        tr("Activate the new license for %1?\n\n%2\n\nThe license server's license replaces the stored one. "
           "This cannot be undone from LicenseDesk.")
            .arg(m_candidate.ownerDescription(), LicenseTexts::verdict(m_preview));
    if (!confirmHook()(m_dialog, tr("Activate license"), question)) {
        m_dialog->setPreview(m_ownerTitle, m_preview); // declined: the preview stays usable
        return;
    }
    m_activating = true;
    m_dialog->setBusy(true, tr("Activating…"));
    ApiJob *job = nullptr;
    if (m_source == Source::File) {
        LicenseJob *fileJob = m_client->addLicenseFromFile(m_fileContent);
        connect(fileJob, &ApiJob::finished, this,
                [this, fileJob] { onActivationFinished(fileJob->error(), fileJob->wasSent()); });
        job = fileJob;
    } else {
        ActivationJob *activation = m_client->activateLicense(m_candidate);
        connect(activation, &ApiJob::finished, this, [this, activation] {
            const auto result = activation->result();
            ApiError error = result.error;
            if (error.isNull() && result.value && !result.value->succeeded) {
                error.category = ErrorCategory::BusinessRefusal;
                error.userMessage = result.value->reason;
            }
            onActivationFinished(error, activation->wasSent());
        });
        job = activation;
    }
    emit jobStarted(job, tr("Activating the license for %1…").arg(m_candidate.ownerDescription()));
}

void ActivationController::onActivationFinished(const ApiError &error, bool sent) {
    if (error.isNull()) {
        reread(tr("Activated."));
        return;
    }
    const bool answerLost = sent && error.category != ErrorCategory::BusinessRefusal &&
                            error.category != ErrorCategory::Cancelled;
    if (answerLost || (sent && error.category == ErrorCategory::Cancelled)) {
        // The server may have acted on the request: find out instead of sending it again.
        reread(tr("The request was sent, but its answer was lost (%1). It was not sent again.")
                   .arg(error.userMessage));
        return;
    }
    m_activating = false;
    if (m_dialog)
        m_dialog->showOutcome(tr("Not activated: %1").arg(error.userMessage), false);
}

void ActivationController::reread(const QString &intro) {
    if (m_dialog)
        m_dialog->setBusy(true, intro + u' ' + tr("Reading what the server now stores…"));
    LicenseJob *job = m_client->fetchOwner(m_owner);
    emit jobStarted(job, tr("Reading the license of %1…").arg(m_candidate.ownerDescription()));
    connect(job, &ApiJob::finished, this, [this, job, intro] {
        m_activating = false;
        const auto result = job->result();
        if (!result.value) {
            if (m_dialog) {
                m_dialog->showOutcome(intro + u' ' +
                                          tr("Could not read the stored license: %1 Refresh to see what the "
                                             "server holds.")
                                              .arg(result.error.userMessage),
                                      false);
            }
            return;
        }
        emit ownerReread(*result.value);
        if (m_dialog)
            m_dialog->showOutcome(intro + u' ' + storedSummary(*result.value), true);
    });
}

QString ActivationController::storedSummary(const ExtendedLicenseInfo &stored) const {
    const QLocale locale;
    const QList<ModuleFacts> now = moduleFacts(stored);
    QStringList lines;
    int matching = 0;
    for (const ModuleFacts &expected : std::as_const(m_preview.changed)) {
        const auto it = std::find_if(now.cbegin(), now.cend(),
                                     [&](const ModuleFacts &m) { return m.name == expected.name; });
        const bool present = it != now.cend();
        const SeatCount total = present ? it->total : 0;
        const bool matches =
            expected.change == ModuleChange::Dropped ? !present : (present && total == expected.newTotal);
        matching += matches ? 1 : 0;
        lines << (present ? tr("%1: %2 licenses").arg(expected.name, locale.toString(total))
                          : tr("%1: not in the stored license").arg(expected.name));
    }
    const QString version = stored.current ? stored.current->licenseVersion : QString();
    QString head =
        matching == m_preview.changed.size()
            ? tr("The server now stores license version %1 with the new counts.").arg(version)
            : tr("The server stores license version %1; it does not match the offer in every module.")
                  .arg(version);
    return lines.isEmpty() ? head : head + u'\n' + lines.join(QStringLiteral("; "));
}

} // namespace LicenseDesk

// The activation safety net: per-module changes, blocking modules named, Activate guarded.
#include "ActivationPreviewDialog.h"

#include "ActivationPreviewModel.h"
#include "ModelTexts.h"
#include "StatusColors.h"

#include "ui_activationpreviewdialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace LicenseDesk {

ActivationPreviewDialog::ActivationPreviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ActivationPreviewDialog>())
    , m_model(new ActivationPreviewModel(this)) {
    m_ui->setupUi(this);
    m_ui->modulesView->setModel(m_model);
    m_ui->modulesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->modulesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->modulesView->verticalHeader()->setDefaultSectionSize(m_ui->modulesView->fontMetrics().height() + 8);
    QFont verdictFont = m_ui->verdictLabel->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.1);
    m_ui->verdictLabel->setFont(verdictFont);
    QPalette blockingPalette = m_ui->blockingLabel->palette();
    blockingPalette.setColor(QPalette::WindowText, StatusColors::error(blockingPalette));
    m_ui->blockingLabel->setPalette(blockingPalette);
    m_ui->progressBar->hide();
    connect(m_ui->activateButton, &QPushButton::clicked, this, [this] {
        // One click, one request: the button is disabled before anything else can happen.
        if (m_busy || m_spent || m_preview.verdict != ActivationVerdict::Allowed)
            return;
        m_spent = true;
        updateActivateButton();
        emit activateRequested();
    });
    updateTexts();
}

ActivationPreviewDialog::~ActivationPreviewDialog() = default;

void ActivationPreviewDialog::setPreview(const QString &ownerTitle, const ActivationPreview &preview) {
    m_ownerTitle = ownerTitle;
    m_preview = preview;
    m_spent = false;
    m_model->setPreview(preview);
    m_ui->statusLabel->clear();
    updateTexts();
    updateActivateButton();
}

void ActivationPreviewDialog::setBusy(bool busy, const QString &text) {
    m_busy = busy;
    m_ui->progressBar->setVisible(busy);
    m_ui->statusLabel->setText(text);
    updateActivateButton();
}

void ActivationPreviewDialog::showOutcome(const QString &text, bool success) {
    m_busy = false;
    m_spent = true;
    m_ui->progressBar->hide();
    m_ui->statusLabel->setText(text);
    QPalette pal = palette();
    if (!success)
        pal.setColor(QPalette::WindowText, StatusColors::error(pal));
    m_ui->statusLabel->setPalette(pal);
    updateActivateButton();
}

void ActivationPreviewDialog::updateActivateButton() {
    const bool allowed = m_preview.verdict == ActivationVerdict::Allowed;
    m_ui->activateButton->setEnabled(allowed && !m_busy && !m_spent);
    m_ui->activateButton->setToolTip(allowed ? tr("Activate this license after a confirmation")
                                             : tr("Activation is not possible: see the verdict above"));
}

void ActivationPreviewDialog::updateTexts() {
    const QLocale locale;
    m_ui->ownerLabel->setText(m_ownerTitle.isEmpty() ? QString()
                                                     : tr("License server offer for %1").arg(m_ownerTitle));
    m_ui->verdictLabel->setText(LicenseTexts::verdict(m_preview));

    QStringList blocking;
    for (const ModuleFacts &module : std::as_const(m_preview.blocking)) {
        //: one blocking module: %1 name, %2 new total, %3 seats in use, then how many to free
        blocking << tr("%1: the new license has %2, but %3 are in use — free %n seat(s).", nullptr,
                       module.seatsToFree)
                        .arg(module.description.isEmpty() ? module.name : module.description,
                             locale.toString(module.newTotal), locale.toString(module.inUse));
    }
    m_ui->blockingLabel->setText(blocking.isEmpty() ? QString()
                                                    : tr("Remove license assignments before activating:") +
                                                          u'\n' + blocking.join(u'\n'));
    m_ui->blockingLabel->setVisible(!blocking.isEmpty());
    const bool showReason =
        !m_preview.reason.isEmpty() && m_preview.verdict != ActivationVerdict::NoCandidate;
    m_ui->reasonLabel->setText(showReason ? tr("Server says: %1").arg(m_preview.reason) : QString());
    m_ui->reasonLabel->setVisible(showReason);
    m_ui->ownerLabel->setVisible(!m_ownerTitle.isEmpty());
}

QPushButton *ActivationPreviewDialog::activateButton() const {
    return m_ui->activateButton;
}

QTableView *ActivationPreviewDialog::modulesView() const {
    return m_ui->modulesView;
}

QString ActivationPreviewDialog::verdictText() const {
    return m_ui->verdictLabel->text();
}

QString ActivationPreviewDialog::blockingText() const {
    return m_ui->blockingLabel->text();
}

QString ActivationPreviewDialog::statusText() const {
    return m_ui->statusLabel->text();
}

void ActivationPreviewDialog::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
        updateActivateButton();
        announceTextsChanged(m_model);
    }
    QDialog::changeEvent(event);
}

} // namespace LicenseDesk

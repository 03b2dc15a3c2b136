// Shows what activating a candidate license changes, the verdict in words, and the Activate button.
#pragma once

#include "LicenseFacts.h"

#include <QDialog>
#include <memory>

class QPushButton;
class QTableView;

namespace Ui {
class ActivationPreviewDialog;
}

namespace LicenseDesk {

class ActivationPreviewModel;

class ActivationPreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivationPreviewDialog)

public:
    explicit ActivationPreviewDialog(QWidget *parent = nullptr);
    ~ActivationPreviewDialog() override;

    /// Fills the dialog; Activate is enabled only for an Allowed verdict.
    void setPreview(const QString &ownerTitle, const ActivationPreview &preview);
    /// While busy, Activate stays disabled and the progress bar runs with text.
    void setBusy(bool busy, const QString &text = {});
    /// The outcome of an activation; Activate stays disabled afterwards (the preview is spent).
    void showOutcome(const QString &text, bool success);

    QPushButton *activateButton() const;
    QTableView *modulesView() const;
    QString verdictText() const;
    QString blockingText() const;
    QString statusText() const;
    const ActivationPreview &preview() const { return m_preview; }

signals:
    /// The admin pressed Activate (emitted at most once per preview).
    void activateRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void updateActivateButton();

    std::unique_ptr<Ui::ActivationPreviewDialog> m_ui;
    ActivationPreviewModel *m_model;
    ActivationPreview m_preview;
    QString m_ownerTitle;
    bool m_busy = false;
    bool m_spent = false;
};

} // namespace LicenseDesk

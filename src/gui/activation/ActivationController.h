// The activation flow: fetch the offer, preview it, confirm, activate once, re-read and report.
#pragma once

#include "ApiError.h"
#include "LicenseFacts.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace LicenseDesk {

class ActivationPreviewDialog;
class ApiJob;
class LicenseClient;

class ActivationController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivationController)

public:
    /// Asks the admin a yes/no question; the default shows a QMessageBox. Tests replace it.
    using ConfirmHook = std::function<bool(QWidget *parent, const QString &title, const QString &question)>;
    static void setConfirmHook(ConfirmHook hook);

    ActivationController(LicenseClient *client, QWidget *dialogParent, QObject *parent = nullptr);
    ~ActivationController() override;

    /// GetLicenseFromLicenseServer for owner, then the preview dialog.
    void checkLicenseServer(const QString &owner, const QString &ownerTitle);
    /// GetLicenseFromFile for a license file's content, then the preview dialog (activation:
    /// AddLicenseFromFile).
    void previewLicenseFile(const QString &fileContent, const QString &fileName);
    /// The open preview dialog, if any.
    ActivationPreviewDialog *dialog() const { return m_dialog; }
    bool isActivating() const { return m_activating; }

signals:
    /// A request started (the main window shows it in the status bar with Cancel).
    void jobStarted(LicenseDesk::ApiJob *job, const QString &text);
    /// The license server's offer for owner was read; offersChange says whether it would change anything.
    void offerChecked(const QString &owner, bool offersChange);
    /// The owner's license as the server stores it after an activation attempt.
    void ownerReread(const LicenseDesk::ExtendedLicenseInfo &owner);
    /// A request failed before there was anything to preview.
    void failed(const LicenseDesk::ApiError &error);
    /// The preview dialog was opened (tests and screenshots use it).
    void dialogOpened(LicenseDesk::ActivationPreviewDialog *dialog);

private:
    enum class Source { LicenseServer, File };
    void showPreview(const ExtendedLicenseInfo &candidate, const QString &ownerTitle);
    void activate();
    void onActivationFinished(const ApiError &error, bool sent);
    void reread(const QString &intro);
    QString storedSummary(const ExtendedLicenseInfo &stored) const;

    LicenseClient *m_client;
    QPointer<QWidget> m_dialogParent;
    QPointer<ActivationPreviewDialog> m_dialog;
    Source m_source = Source::LicenseServer;
    ExtendedLicenseInfo m_candidate;
    ActivationPreview m_preview;
    QString m_fileContent;
    QString m_owner;
    QString m_ownerTitle;
    bool m_activating = false;
};

} // namespace LicenseDesk

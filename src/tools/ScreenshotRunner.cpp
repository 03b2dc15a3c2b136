// Screenshot sequence: owners shown → select SUPEROFFICE → grab → check its offer → grab the preview.
#include "ScreenshotRunner.h"

#include "ActivationController.h"
#include "ActivationPreviewDialog.h"
#include "MainWindow.h"

#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace LicenseDesk {

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &dir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(dir) {}

void ScreenshotRunner::start() {
    if (!m_dir.mkpath(QStringLiteral("."))) {
        emit done(1);
        return;
    }
    connect(m_window, &MainWindow::ownersShown, this, [this] {
        if (!m_mainTaken)
            QTimer::singleShot(0, this, &ScreenshotRunner::captureMainWindow);
    });
    connect(m_window->activationController(), &ActivationController::dialogOpened, this,
            [this] { QTimer::singleShot(0, this, &ScreenshotRunner::capturePreview); });
    connect(m_window->activationController(), &ActivationController::failed, this, [this] { emit done(1); });
    // Never hang a script: give up after a generous minute.
    QTimer::singleShot(60000, this, [this] { emit done(2); });
}

void ScreenshotRunner::captureMainWindow() {
    m_mainTaken = true;
    m_window->resize(1280, 760);
    m_window->selectOwner(QStringLiteral("SUPEROFFICE"));
    if (!save(m_window, QStringLiteral("main-window.png"))) {
        emit done(1);
        return;
    }
    QMetaObject::invokeMethod(m_window, [this] {
        const QString owner = m_window->selectedOwner();
        m_window->activationController()->checkLicenseServer(owner,
                                                             QStringLiteral("SuperOffice AS (SUPEROFFICE)"));
    });
}

void ScreenshotRunner::capturePreview() {
    ActivationPreviewDialog *dialog = m_window->activationController()->dialog();
    if (!dialog) {
        emit done(1);
        return;
    }
    dialog->resize(900, 620);
    emit done(save(dialog, QStringLiteral("activation-preview.png")) ? 0 : 1);
}

bool ScreenshotRunner::save(QWidget *widget, const QString &name) {
    const QString path = m_dir.filePath(name);
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

} // namespace LicenseDesk

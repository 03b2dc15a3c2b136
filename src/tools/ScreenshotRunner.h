// Renders the main window and the activation preview to PNG files (the licensedesk-screenshots tool).
#pragma once

#include <QDir>
#include <QObject>
#include <QPointer>

namespace LicenseDesk {

class MainWindow;

class ScreenshotRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotRunner)

public:
    /// Waits for the window's owners, then writes main-window.png and activation-preview.png into dir.
    ScreenshotRunner(MainWindow *window, const QString &dir, QObject *parent = nullptr);
    void start();

signals:
    /// Emitted once: exit code 0 when both files were written.
    void done(int exitCode);

private:
    void captureMainWindow();
    void capturePreview();
    bool save(QWidget *widget, const QString &name);

    QPointer<MainWindow> m_window;
    QDir m_dir;
    bool m_mainTaken = false;
};

} // namespace LicenseDesk

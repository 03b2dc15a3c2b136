// Baseline for cold_start and rss_mb: a bare QMainWindow, from process start to its first paint.
// Prints "first-paint peak_rss_kb=N" and exits as soon as the window has painted once.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare"));
    window.setCentralWidget(new QLabel(QStringLiteral("bare"), &window));
    window.resize(1100, 700);
    LicenseDesk::FirstPaintProbe probe(&window);
    probe.arm();
    window.show();
    return QApplication::exec();
}

// Benchmark hook: quits the application at the first paint of a window once it is armed.
#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <cstdio>

namespace LicenseDesk {

FirstPaintProbe::FirstPaintProbe(QWidget *window)
    : QObject(window) {
    window->installEventFilter(this);
}

void FirstPaintProbe::arm() {
    m_armed = true;
    if (auto *window = qobject_cast<QWidget *>(parent()))
        window->update(); // make sure a paint follows even when nothing else changes
}

qint64 FirstPaintProbe::peakRssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // procfs files report size 0, so read everything instead of testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event) {
    if (m_armed && event->type() == QEvent::Paint) {
        m_armed = false;
        // Let this paint finish, then report and leave.
        QTimer::singleShot(0, this, [] {
            std::printf("first-paint peak_rss_kb=%lld\n", qlonglong(peakRssKb()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace LicenseDesk

// Benchmark hook: quits the application at the first paint of a window once it is armed.
#pragma once

#include <QObject>

class QWidget;

namespace LicenseDesk {

/// Watches a window; after arm(), its next paint prints "first-paint peak_rss_kb=N" to stdout and
/// quits the application. Used by bench/ to time start-up and measure memory; inert until armed.
class FirstPaintProbe final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    explicit FirstPaintProbe(QWidget *window);
    /// Peak resident set size of this process in KiB (VmHWM), or -1 where the OS does not say.
    static qint64 peakRssKb();

public slots:
    void arm();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_armed = false;
};

} // namespace LicenseDesk

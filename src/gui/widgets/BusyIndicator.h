// Status-bar widget for requests in flight: a running bar, what is happening, and Cancel.
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace LicenseDesk {

class ApiJob;

class BusyIndicator final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyIndicator)

public:
    explicit BusyIndicator(QWidget *parent = nullptr);

    /// Shows text while job runs; Cancel cancels every tracked job.
    void track(ApiJob *job, const QString &text);
    bool isBusy() const;
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void busyChanged(bool busy);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void retranslate();

    QList<std::pair<QPointer<ApiJob>, QString>> m_jobs;
    QProgressBar *m_bar;
    QLabel *m_label;
    QPushButton *m_cancel;
    bool m_busy = false; ///< what busyChanged() last said
};

} // namespace LicenseDesk

// Tracks ApiJobs by QPointer: finished or deleted jobs drop out, the newest one's text is shown.
#include "BusyIndicator.h"

#include "ApiJob.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace LicenseDesk {

BusyIndicator::BusyIndicator(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(this)) {
    m_bar->setRange(0, 0);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(90);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_cancel->setObjectName(QStringLiteral("cancelRequestsButton"));
    retranslate();
    m_cancel->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const auto jobs = m_jobs;
        for (const auto &[job, text] : jobs) {
            if (job)
                job->cancel();
        }
    });
    hide();
}

void BusyIndicator::track(ApiJob *job, const QString &text) {
    if (!job || job->isFinished())
        return;
    m_jobs.append({job, text});
    connect(job, &ApiJob::finished, this, [this] { update(); });
    connect(job, &QObject::destroyed, this, [this] { update(); });
    update();
}

bool BusyIndicator::isBusy() const {
    return !m_jobs.isEmpty();
}

void BusyIndicator::update() {
    // Compared with what was last announced: track() has already added the job that makes us busy.
    m_jobs.removeIf([](const auto &entry) { return !entry.first || entry.first->isFinished(); });
    const bool busy = isBusy();
    if (busy)
        m_label->setText(m_jobs.constLast().second);
    setVisible(busy);
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged(busy);
    }
}

void BusyIndicator::retranslate() {
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running requests"));
    m_bar->setAccessibleName(tr("Request in progress"));
}

void BusyIndicator::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace LicenseDesk

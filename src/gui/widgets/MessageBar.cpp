// Message bar: icon, the client's userMessage, optional technical details, Retry and Close.
#include "MessageBar.h"

#include "StatusColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace LicenseDesk {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_detailsLabel(new QLabel(this))
    , m_retry(new QPushButton(this))
    , m_detailsButton(new QPushButton(this))
    , m_close(new QToolButton(this)) {
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setVisible(false);
    m_detailsLabel->setObjectName(QStringLiteral("messageDetails"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_detailsButton->setObjectName(QStringLiteral("detailsButton"));
    m_detailsButton->setCheckable(true);
    m_close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    m_close->setAutoRaise(true);
    m_close->setObjectName(QStringLiteral("closeMessageButton"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_retry);
    row->addWidget(m_detailsButton);
    row->addWidget(m_close, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addLayout(row);
    layout->addWidget(m_detailsLabel);

    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        emit retryRequested();
    });
    connect(m_detailsButton, &QPushButton::toggled, this, [this] { toggleDetails(); });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    retranslate();
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &details, bool retry) {
    m_kind = kind;
    m_details = details;
    m_text->setText(text);
    m_detailsLabel->setText(details);
    m_detailsButton->setChecked(false);
    m_detailsButton->setVisible(!details.isEmpty());
    m_detailsLabel->setVisible(false);
    m_retry->setVisible(retry);
    const QString icon = kind == Kind::Information ? QStringLiteral(":/icons/info.svg")
                         : kind == Kind::Warning   ? QStringLiteral(":/icons/warning.svg")
                                                   : QStringLiteral(":/icons/status-problem.svg");
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(QIcon(icon).pixmap(size, size));
    updateColours();
    setAccessibleDescription(text);
    show();
}

QString MessageBar::text() const {
    return m_text->text();
}

bool MessageBar::detailsVisible() const {
    return !m_detailsLabel->isHidden();
}

void MessageBar::toggleDetails() {
    m_detailsLabel->setVisible(m_detailsButton->isChecked());
}

void MessageBar::updateColours() {
    // A light tint of the state colour over the window colour keeps the text readable in any theme.
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor accent = m_kind == Kind::Error     ? StatusColors::error(pal)
                          : m_kind == Kind::Warning ? StatusColors::warning(pal)
                                                    : pal.color(QPalette::Highlight);
    const qreal a = 0.18;
    const QColor tint = QColor::fromRgbF(window.redF() * (1 - a) + accent.redF() * a,
                                         window.greenF() * (1 - a) + accent.greenF() * a,
                                         window.blueF() * (1 - a) + accent.blueF() * a);
    pal.setColor(QPalette::Window, tint);
    setPalette(pal);
}

void MessageBar::retranslate() {
    m_retry->setText(tr("&Retry"));
    m_detailsButton->setText(tr("&Details"));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
    setAccessibleName(tr("Message"));
}

void MessageBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace LicenseDesk

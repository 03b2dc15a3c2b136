// Usage bar painting with palette colours: highlight normally, amber near full, red when over.
#include "UsageBarDelegate.h"

#include "ModuleUsageModel.h"
#include "StatusColors.h"

#include <QApplication>
#include <QPainter>

namespace LicenseDesk {

namespace {

constexpr int barMinWidth = 40;
constexpr int margin = 4;

/// The bar's rectangle in area: vertically centred, leaving room for textWidth on its right.
QRect barRect(const QRect &area, int textWidth, const QFontMetrics &metrics) {
    QRect bar = area;
    bar.setRight(std::max(area.left() + barMinWidth, area.right() - textWidth - margin));
    const int barHeight = std::min(bar.height(), metrics.height() - 2);
    bar.setTop(area.center().y() - barHeight / 2);
    bar.setHeight(barHeight);
    return bar;
}

QColor barFill(const QPalette &palette, UsageBarDelegate::Level level, bool selected) {
    switch (level) {
    case UsageBarDelegate::Level::Normal:
        break;
    case UsageBarDelegate::Level::NearFull:
        return StatusColors::warning(palette);
    case UsageBarDelegate::Level::Over:
        return StatusColors::error(palette);
    }
    return palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
}

void drawBar(QPainter *painter, const QRect &bar, const QPalette &palette, const QColor &fill,
             double fraction) {
    // The frame is a filled outer shape under the trough: stroking a rounded outline costs several
    // times as much, and a table paints one bar per row.
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(palette.color(QPalette::Mid));
    painter->drawRoundedRect(QRectF(bar), 3, 3);
    painter->setBrush(palette.color(QPalette::Base));
    painter->drawRoundedRect(QRectF(bar).adjusted(1, 1, -1, -1), 2, 2);
    if (fraction > 0) {
        QRectF filled = QRectF(bar).adjusted(1, 1, -1, -1);
        filled.setWidth(filled.width() * fraction);
        painter->setBrush(fill);
        painter->drawRoundedRect(filled, 2, 2);
    }
}

} // namespace

UsageBarDelegate::UsageBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

UsageBarDelegate::Level UsageBarDelegate::level(SeatCount inUse, SeatCount total) {
    if (inUse > total)
        return Level::Over;
    if (total > 0 && inUse * 10 >= total * 9)
        return Level::NearFull;
    return Level::Normal;
}

void UsageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus come from the style; only the bar and text are ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &palette = opt.palette;
    const QColor textColor = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(margin, margin, -margin, -margin);

    painter->save();
    painter->setFont(opt.font);
    if (index.data(ModuleUsageModel::UnrestrictedRole).toBool()) {
        painter->setPen(selected ? textColor : palette.color(QPalette::PlaceholderText));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->restore();
        return;
    }

    const SeatCount total = index.data(ModuleUsageModel::TotalRole).toLongLong();
    const SeatCount inUse = index.data(ModuleUsageModel::InUseRole).toLongLong();
    const QRect bar = barRect(area, opt.fontMetrics.horizontalAdvance(text) + margin, opt.fontMetrics);
    const double fraction =
        total > 0 ? std::min(1.0, double(inUse) / double(total)) : (inUse > 0 ? 1.0 : 0.0);
    drawBar(painter, bar, palette, barFill(palette, level(inUse, total), selected), fraction);
    painter->setPen(textColor);
    painter->drawText(
        QRect(bar.right() + margin, area.top(), area.right() - bar.right() - margin, area.height()),
        Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize UsageBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + barMinWidth + 3 * margin, 160));
    return size;
}

} // namespace LicenseDesk

// Two-line owner rows using palette roles only (muted second line, highlighted text when selected).
#include "OwnerItemDelegate.h"

#include "OwnerListModel.h"

#include <QApplication>
#include <QPainter>

namespace LicenseDesk {

namespace {
constexpr int padding = 6;
} // namespace

OwnerItemDelegate::OwnerItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent) {}

void OwnerItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QIcon icon = opt.icon;
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect area = opt.rect.adjusted(padding, padding, -padding, -padding);
    const int iconSize = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, opt.widget);
    const QRect iconRect(area.left(), area.top() + (area.height() - iconSize) / 2, iconSize, iconSize);
    icon.paint(painter, iconRect);

    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QRect textRect = area.adjusted(iconSize + padding, 0, 0, 0);
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString subtitle = tr("%1 · %2").arg(index.data(OwnerListModel::OwnerNameRole).toString(),
                                               index.data(OwnerListModel::HealthTextRole).toString());

    painter->save();
    painter->setFont(titleFont);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect.left(), textRect.top() + titleMetrics.ascent(),
                      titleMetrics.elidedText(title, Qt::ElideRight, textRect.width()));
    QFont subFont = opt.font;
    subFont.setItalic(index.data(OwnerListModel::StaleRole).toBool());
    const QFontMetrics subMetrics(subFont);
    painter->setFont(subFont);
    painter->setPen(selected ? opt.palette.color(group, QPalette::HighlightedText)
                             : opt.palette.color(group, QPalette::PlaceholderText));
    painter->drawText(textRect.left(), textRect.top() + titleMetrics.height() + 2 + subMetrics.ascent(),
                      subMetrics.elidedText(subtitle, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize OwnerItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const {
    Q_UNUSED(index)
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int height = QFontMetrics(titleFont).height() + 2 + option.fontMetrics.height() + 2 * padding;
    return {200, height};
}

} // namespace LicenseDesk

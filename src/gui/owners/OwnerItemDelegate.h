// Paints an owner as two lines: display name, then code name and status, with the health badge.
#pragma once

#include <QStyledItemDelegate>

namespace LicenseDesk {

class OwnerItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnerItemDelegate)

public:
    explicit OwnerItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace LicenseDesk

// Paints "in use of licensed" as a bar with the count beside it, or "unrestricted".
#pragma once

#include "LicenseData.h"

#include <QStyledItemDelegate>

namespace LicenseDesk {

class UsageBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageBarDelegate)

public:
    explicit UsageBarDelegate(QObject *parent = nullptr);

    /// How full a bar is, which picks its colour.
    enum class Level { Normal, NearFull, Over };
    /// Level of in-use seats against licensed seats (near full from 90 %).
    static Level level(SeatCount inUse, SeatCount total);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace LicenseDesk

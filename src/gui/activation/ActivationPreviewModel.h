// Table model of what activating a candidate license changes per module (from core's ActivationPreview).
#pragma once

#include "LicenseFacts.h"

#include <QAbstractTableModel>

namespace LicenseDesk {

class ActivationPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivationPreviewModel)

public:
    enum class Column { Module, CurrentTotal, NewTotal, Change, InUse, NewFree, Effect, Count };
    enum Role { SortRole = Qt::UserRole + 1, SeatsToFreeRole, ChangeRole };

    explicit ActivationPreviewModel(QObject *parent = nullptr);

    /// Shows every module of the preview; changed and blocking modules first, in server order.
    void setPreview(const ActivationPreview &preview);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ModuleFacts &module, Column column) const;
    QString effect(const ModuleFacts &module) const;

    QList<ModuleFacts> m_rows;
};

} // namespace LicenseDesk

// Table model of one owner's modules: licensed, in use and free seats, from core's ModuleFacts.
#pragma once

#include "LicenseFacts.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace LicenseDesk {

class ModuleUsageModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleUsageModel)

public:
    enum class Column { Module, Description, Type, Total, InUse, Free, Usage, Count };

    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value: the name, or the number (never formatted text)
        ExportRole,                  ///< raw value for CSV/JSON export (numbers unformatted)
        ModuleNameRole,
        HiddenRole,
        UnrestrictedRole,
        TotalRole,
        InUseRole,
        OverUsedRole,
    };

    explicit ModuleUsageModel(QObject *parent = nullptr);

    /// Replaces the rows. The same modules in the same order only emit dataChanged (selection, sort
    /// and scroll survive); a different set of modules resets the model.
    void setModules(const QList<ModuleFacts> &modules);
    const QList<ModuleFacts> &modules() const { return m_modules; }
    const ModuleFacts *moduleAt(int row) const;

    /// Stable, untranslated key of a column, used as CSV/JSON field name.
    static QString columnKey(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const ModuleFacts &module, Column column) const;
    QVariant sortData(const ModuleFacts &module, Column column) const;
    QString toolTip(const ModuleFacts &module) const;
    QString accessibleText(const ModuleFacts &module, Column column) const;
    QString typeText(const ModuleFacts &module) const;

    QList<ModuleFacts> m_modules;
    // Loaded once: a new QIcon per data() call re-reads its SVG on every paint.
    mutable QIcon m_problemIcon;
    mutable QIcon m_userPlanIcon;
};

} // namespace LicenseDesk

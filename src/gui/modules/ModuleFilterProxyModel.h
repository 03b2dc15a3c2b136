// Filters modules by text and hides hidden modules unless asked; sorts names with QCollator.
#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace LicenseDesk {

class ModuleFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModuleFilterProxyModel)

public:
    explicit ModuleFilterProxyModel(QObject *parent = nullptr);

    /// Case-insensitive text matched against module name, description and type.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    /// Hidden modules are filtered out by default.
    void setShowHidden(bool show);
    bool showHidden() const { return m_showHidden; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_filterText;
    bool m_showHidden = false;
    QCollator m_collator;
};

} // namespace LicenseDesk

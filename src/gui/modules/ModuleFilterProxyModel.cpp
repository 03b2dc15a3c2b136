// Text filter, hidden-module toggle and locale-aware sorting over ModuleUsageModel.
#include "ModuleFilterProxyModel.h"

#include "ModuleUsageModel.h"

namespace LicenseDesk {

ModuleFilterProxyModel::ModuleFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(ModuleUsageModel::SortRole);
    // The filter depends on the rows' data: re-check rows when it changes (e.g. a module becomes hidden).
    setDynamicSortFilter(true);
}

void ModuleFilterProxyModel::setFilterText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateRowsFilter();
}

void ModuleFilterProxyModel::setShowHidden(bool show) {
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    invalidateRowsFilter();
}

bool ModuleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (!m_showHidden && first.data(ModuleUsageModel::HiddenRole).toBool())
        return false;
    if (m_filterText.isEmpty())
        return true;
    using C = ModuleUsageModel::Column;
    for (C column : {C::Module, C::Description, C::Type}) {
        const QString text = model->index(sourceRow, int(column), sourceParent).data().toString();
        if (text.contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ModuleFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        const int order = m_collator.compare(l.toString(), r.toString());
        if (order != 0)
            return order < 0;
    } else if (l != r) {
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }
    // Ties keep the server's order (SortOrder), so equal values do not jump around on refresh.
    return left.row() < right.row();
}

} // namespace LicenseDesk

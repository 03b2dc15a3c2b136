// Preview rows: current → new totals, signed change, in use, new free, and the effect in words.
#include "ActivationPreviewModel.h"

#include "StatusColors.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>

namespace LicenseDesk {

namespace {

constexpr const char *titles[] = {
    QT_TRANSLATE_NOOP("LicenseDesk::ActivationPreviewModel", "Module"),
    QT_TRANSLATE_NOOP("LicenseDesk::ActivationPreviewModel", "Now"),
    QT_TRANSLATE_NOOP("LicenseDesk::ActivationPreviewModel", "New"),
    QT_TRANSLATE_NOOP("LicenseDesk::ActivationPreviewModel", "Change"),
    QT_TRANSLATE_NOOP("LicenseDesk::ActivationPreviewModel", "In use"),
    QT_TRANSLATE_NOOP("LicenseDesk::ActivationPreviewModel", "New free"),
    QT_TRANSLATE_NOOP("LicenseDesk::ActivationPreviewModel", "Effect"),
};
static_assert(std::size(titles) == size_t(ActivationPreviewModel::Column::Count));

bool numeric(ActivationPreviewModel::Column c) {
    using C = ActivationPreviewModel::Column;
    return c != C::Module && c != C::Effect;
}

int rank(const ModuleFacts &m) {
    if (m.seatsToFree > 0)
        return 0;
    return m.change != ModuleChange::None ? 1 : 2;
}

} // namespace

ActivationPreviewModel::ActivationPreviewModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ActivationPreviewModel::setPreview(const ActivationPreview &preview) {
    beginResetModel();
    m_rows = preview.modules;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const ModuleFacts &a, const ModuleFacts &b) { return rank(a) < rank(b); });
    endResetModel();
}

int ActivationPreviewModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivationPreviewModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ActivationPreviewModel::effect(const ModuleFacts &module) const {
    if (module.seatsToFree > 0)
        return tr("blocked: free %n seat(s) first", nullptr, module.seatsToFree);
    if (module.unrestricted && module.change != ModuleChange::Gained &&
        module.change != ModuleChange::Dropped)
        return tr("unrestricted");
    return LicenseTexts::moduleChange(module.change);
}

QVariant ActivationPreviewModel::display(const ModuleFacts &module, Column column) const {
    const QLocale locale;
    const bool gained = module.change == ModuleChange::Gained;
    const bool dropped = module.change == ModuleChange::Dropped;
    switch (column) {
    case Column::Module:
        return module.description.isEmpty() ? module.name
                                            : tr("%1 (%2)").arg(module.description, module.name);
    case Column::CurrentTotal:
        return gained ? tr("–") : locale.toString(module.total);
    case Column::NewTotal:
        return dropped ? tr("–") : locale.toString(module.newTotal);
    case Column::Change:
        if (module.added == 0)
            return tr("±0");
        return QString((module.added > 0 ? QStringLiteral("+") : QStringLiteral("−")) +
                       locale.toString(std::abs(module.added)));
    case Column::InUse:
        return locale.toString(module.inUse);
    case Column::NewFree:
        return module.unrestricted ? tr("–") : locale.toString(module.newFree);
    case Column::Effect:
        return effect(module);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ActivationPreviewModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModuleFacts &module = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(module, column);
    case Qt::AccessibleTextRole:
        if (column == Column::Module || column == Column::Effect) {
            return tr("%1: %2 to %3, %4 in use, %5")
                .arg(module.name, QString::number(module.total), QString::number(module.newTotal),
                     QString::number(module.inUse), effect(module));
        }
        return display(module, column);
    case SortRole:
        switch (column) {
        case Column::Module:
            return module.name;
        case Column::CurrentTotal:
            return module.total;
        case Column::NewTotal:
            return module.newTotal;
        case Column::Change:
            return module.added;
        case Column::InUse:
            return module.inUse;
        case Column::NewFree:
            return module.newFree;
        case Column::Effect:
            return effect(module);
        case Column::Count:
            break;
        }
        return {};
    case SeatsToFreeRole:
        return module.seatsToFree;
    case ChangeRole:
        return int(module.change);
    case Qt::TextAlignmentRole:
        return numeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                               : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return module.tooltip.isEmpty() ? module.description : module.tooltip;
    case Qt::FontRole:
        if (module.change != ModuleChange::None || module.seatsToFree > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (module.seatsToFree > 0 && (column == Column::NewFree || column == Column::Effect))
            return StatusColors::error(QApplication::palette());
        if (module.change == ModuleChange::None && module.seatsToFree == 0)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::DecorationRole:
        if (column != Column::Effect)
            return {};
        if (module.seatsToFree > 0)
            return QIcon(QStringLiteral(":/icons/status-problem.svg"));
        if (module.change == ModuleChange::Gained)
            return QIcon(QStringLiteral(":/icons/status-new.svg"));
        if (module.change == ModuleChange::Dropped)
            return QIcon(QStringLiteral(":/icons/warning.svg"));
        return {};
    default:
        return {};
    }
}

QVariant ActivationPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return tr(titles[section]);
    if (role == Qt::TextAlignmentRole)
        return numeric(Column(section)) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    return {};
}

} // namespace LicenseDesk

// Presents ModuleFacts as table cells; every number here was computed by core.
#include "ModuleUsageModel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPalette>

namespace LicenseDesk {

namespace {

constexpr const char *columnTitles[] = {
    QT_TRANSLATE_NOOP("LicenseDesk::ModuleUsageModel", "Module"),
    QT_TRANSLATE_NOOP("LicenseDesk::ModuleUsageModel", "Description"),
    QT_TRANSLATE_NOOP("LicenseDesk::ModuleUsageModel", "Type"),
    QT_TRANSLATE_NOOP("LicenseDesk::ModuleUsageModel", "Licenses"),
    QT_TRANSLATE_NOOP("LicenseDesk::ModuleUsageModel", "In use"),
    QT_TRANSLATE_NOOP("LicenseDesk::ModuleUsageModel", "Free"),
    QT_TRANSLATE_NOOP("LicenseDesk::ModuleUsageModel", "Usage"),
};
static_assert(std::size(columnTitles) == size_t(ModuleUsageModel::Column::Count));

bool isNumeric(ModuleUsageModel::Column column) {
    using C = ModuleUsageModel::Column;
    return column == C::Total || column == C::InUse || column == C::Free;
}

} // namespace

ModuleUsageModel::ModuleUsageModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void ModuleUsageModel::setModules(const QList<ModuleFacts> &modules) {
    const bool sameRows =
        modules.size() == m_modules.size() &&
        std::equal(modules.cbegin(), modules.cend(), m_modules.cbegin(),
                   [](const ModuleFacts &a, const ModuleFacts &b) { return a.name == b.name; });
    if (!sameRows) {
        beginResetModel();
        m_modules = modules;
        endResetModel();
        return;
    }
    m_modules = modules;
    if (!m_modules.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::FontRole,
                          Qt::ForegroundRole, Qt::AccessibleTextRole, SortRole, ExportRole, HiddenRole,
                          UnrestrictedRole, TotalRole, InUseRole, OverUsedRole});
    }
}

const ModuleFacts *ModuleUsageModel::moduleAt(int row) const {
    return row >= 0 && row < m_modules.size() ? &m_modules.at(row) : nullptr;
}

QString ModuleUsageModel::columnKey(Column column) {
    switch (column) {
    case Column::Module:
        return QStringLiteral("module");
    case Column::Description:
        return QStringLiteral("description");
    case Column::Type:
        return QStringLiteral("type");
    case Column::Total:
        return QStringLiteral("total");
    case Column::InUse:
        return QStringLiteral("inUse");
    case Column::Free:
        return QStringLiteral("free");
    case Column::Usage:
        return QStringLiteral("unrestricted");
    case Column::Count:
        break;
    }
    return {};
}

int ModuleUsageModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_modules.size());
}

int ModuleUsageModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ModuleUsageModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModuleFacts &module = m_modules.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        return displayData(module, column);
    case SortRole:
        return sortData(module, column);
    case ExportRole:
        if (column == Column::Usage)
            return module.unrestricted;
        if (column == Column::Free && module.unrestricted)
            return QVariant();
        return sortData(module, column);
    case Qt::ToolTipRole:
        return toolTip(module);
    case Qt::AccessibleTextRole:
        return accessibleText(module, column);
    case Qt::TextAlignmentRole:
        return isNumeric(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column != Column::Module)
            return {};
        if (module.overUsed) {
            if (m_problemIcon.isNull())
                m_problemIcon = QIcon(QStringLiteral(":/icons/status-problem.svg"));
            return m_problemIcon;
        }
        if (module.userPlan) {
            if (m_userPlanIcon.isNull())
                m_userPlanIcon = QIcon(QStringLiteral(":/icons/user-plan.svg"));
            return m_userPlanIcon;
        }
        return {};
    case Qt::FontRole:
        if (module.hidden) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Hidden modules are informational only: dim them with the palette's own muted text colour.
        if (module.hidden)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case ModuleNameRole:
        return module.name;
    case HiddenRole:
        return module.hidden;
    case UnrestrictedRole:
        return module.unrestricted;
    case TotalRole:
        return module.total;
    case InUseRole:
        return module.inUse;
    case OverUsedRole:
        return module.overUsed;
    default:
        return {};
    }
}

QVariant ModuleUsageModel::displayData(const ModuleFacts &module, Column column) const {
    const QLocale locale;
    switch (column) {
    case Column::Module:
        return module.name;
    case Column::Description:
        return module.description;
    case Column::Type:
        return typeText(module);
    case Column::Total:
        return locale.toString(module.total);
    case Column::InUse:
        return locale.toString(module.inUse);
    case Column::Free:
        //: free seats of an unrestricted module: counts are not enforced
        return module.unrestricted ? tr("–") : locale.toString(module.free);
    case Column::Usage:
        if (module.unrestricted)
            return tr("unrestricted");
        //: usage bar text: %1 seats in use of %2 licensed
        return tr("%1 of %2").arg(locale.toString(module.inUse), locale.toString(module.total));
    case Column::Count:
        break;
    }
    return {};
}

QVariant ModuleUsageModel::sortData(const ModuleFacts &module, Column column) const {
    switch (column) {
    case Column::Module:
        return module.name;
    case Column::Description:
        return module.description;
    case Column::Type:
        return typeText(module);
    case Column::Total:
        return module.total;
    case Column::InUse:
        return module.inUse;
    case Column::Free:
        return module.free;
    case Column::Usage:
        // Fraction of seats in use; unrestricted modules sort below every restricted one.
        if (module.unrestricted || module.total <= 0)
            return module.unrestricted ? -1.0 : (module.inUse > 0 ? 2.0 : 0.0);
        return double(module.inUse) / double(module.total);
    case Column::Count:
        break;
    }
    return {};
}

QString ModuleUsageModel::typeText(const ModuleFacts &module) const {
    QStringList parts{LicenseTexts::licenseType(module.licenseType)};
    if (module.userPlan)
        parts << tr("user plan");
    if (module.hidden)
        parts << tr("hidden");
    return parts.join(QStringLiteral(", "));
}

QString ModuleUsageModel::toolTip(const ModuleFacts &module) const {
    QStringList lines;
    lines << (module.tooltip.isEmpty() ? module.description : module.tooltip);
    if (module.userPlan && !module.grantedModules.isEmpty())
        lines << tr("Grants: %1").arg(module.grantedModules.join(QStringLiteral(", ")));
    if (module.hidden)
        lines << tr("Hidden: not shown to users and not assignable, but still checked.");
    if (module.unrestricted)
        lines << tr("Unrestricted: seat counts are not enforced.");
    if (module.overUsed)
        lines << tr("%n more seat(s) in use than licensed.", nullptr, module.inUse - module.total);
    for (const SeatMismatch &mismatch : module.mismatches) {
        if (mismatch.key == QLatin1StringView("free"))
            lines << tr("The server reports %1 free; %2 licensed and %3 in use would leave %4.")
                         .arg(QLocale().toString(mismatch.server), QLocale().toString(module.total),
                              QLocale().toString(module.inUse), QLocale().toString(mismatch.computed));
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

QString ModuleUsageModel::accessibleText(const ModuleFacts &module, Column column) const {
    const QLocale locale;
    if (column == Column::Usage || column == Column::Module) {
        if (module.unrestricted)
            return tr("%1: unrestricted, %2 in use").arg(module.name, locale.toString(module.inUse));
        return tr("%1: %2 of %3 in use, %4 free")
            .arg(module.name, locale.toString(module.inUse), locale.toString(module.total),
                 locale.toString(module.free));
    }
    return displayData(module, column).toString();
}

QVariant ModuleUsageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return tr(columnTitles[section]);
    if (role == ExportRole)
        return columnKey(Column(section));
    if (role == Qt::TextAlignmentRole)
        return isNumeric(Column(section)) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    return {};
}

} // namespace LicenseDesk

// Owner rows: display name, code name and the health badge computed by core's ownerHealth().
#include "OwnerListModel.h"

#include <QIcon>

namespace LicenseDesk {

namespace {

QString healthIcon(OwnerHealth health) {
    switch (health) {
    case OwnerHealth::Problem:
        return QStringLiteral(":/icons/status-problem.svg");
    case OwnerHealth::Expired:
        return QStringLiteral(":/icons/status-expired.svg");
    case OwnerHealth::Expiring:
        return QStringLiteral(":/icons/status-expiring.svg");
    case OwnerHealth::NewLicenseAvailable:
        return QStringLiteral(":/icons/status-new.svg");
    case OwnerHealth::Ok:
        return QStringLiteral(":/icons/status-ok.svg");
    }
    return {};
}

} // namespace

OwnerListModel::OwnerListModel(QObject *parent)
    : QAbstractListModel(parent) {}

OwnerHealth OwnerListModel::healthOf(const OwnerFacts &owner, QDate today) const {
    return ownerHealth(owner, today, m_newLicenseAvailable.contains(owner.license.ownerName()));
}

void OwnerListModel::setOwners(const QList<OwnerFacts> &owners, QDate today) {
    QList<Entry> entries;
    entries.reserve(owners.size());
    for (const OwnerFacts &owner : owners)
        entries.append(Entry{owner, healthOf(owner, today)});

    const bool sameRows =
        entries.size() == m_entries.size() &&
        std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(), [](const Entry &a, const Entry &b) {
            return a.owner.license.ownerName() == b.owner.license.ownerName();
        });
    if (!sameRows) {
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
        return;
    }
    m_entries = std::move(entries);
    if (!m_entries.isEmpty()) {
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::AccessibleTextRole,
                          SortRole, DescriptionRole, HealthRole, HealthTextRole});
    }
}

void OwnerListModel::setNewLicenseAvailable(const QString &owner, bool available, QDate today) {
    if (available)
        m_newLicenseAvailable.insert(owner);
    else
        m_newLicenseAvailable.remove(owner);
    const int row = rowOf(owner);
    if (row < 0)
        return;
    m_entries[row].health = healthOf(m_entries.at(row).owner, today);
    emitRowChanged(row);
}

void OwnerListModel::setStale(bool stale) {
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::ToolTipRole, Qt::AccessibleTextRole, StaleRole});
}

void OwnerListModel::emitRowChanged(int row) {
    emit dataChanged(index(row), index(row),
                     {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, Qt::AccessibleTextRole, SortRole,
                      DescriptionRole, HealthRole, HealthTextRole});
}

const OwnerFacts *OwnerListModel::ownerAt(int row) const {
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row).owner : nullptr;
}

const QIcon &OwnerListModel::icon(OwnerHealth health) const {
    QIcon &cached = m_icons[std::size_t(health)];
    if (cached.isNull())
        cached = QIcon(healthIcon(health));
    return cached;
}

int OwnerListModel::rowOf(const QString &ownerName) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).owner.license.ownerName() == ownerName)
            return row;
    }
    return -1;
}

int OwnerListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant OwnerListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const ExtendedLicenseInfo &license = entry.owner.license;
    const QString name = license.ownerName();
    const QString description = license.ownerDescription();

    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return description.isEmpty() ? name : description;
    case OwnerNameRole:
        return name;
    case DescriptionRole:
        return description;
    case HealthRole:
        return int(entry.health);
    case HealthTextRole:
        return LicenseTexts::ownerHealth(entry.health);
    case StaleRole:
        return m_stale;
    case Qt::DecorationRole:
        return icon(entry.health);
    case Qt::ToolTipRole: {
        QString tip = tr("%1 (%2): %3").arg(description, name, LicenseTexts::ownerHealth(entry.health));
        if (!license.reason.isEmpty())
            tip += u'\n' + license.reason;
        if (m_stale)
            tip += u'\n' + tr("Could not refresh: showing the last data fetched.");
        return tip;
    }
    case Qt::AccessibleTextRole:
        //: owner list entry read by screen readers: display name, code name, health
        return tr("%1, %2, status %3").arg(description, name, LicenseTexts::ownerHealth(entry.health));
    default:
        return {};
    }
}

} // namespace LicenseDesk

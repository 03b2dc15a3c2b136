// List model of the installation's module owners with a health badge per owner.
#pragma once

#include "LicenseFacts.h"

#include <QAbstractListModel>
#include <QIcon>
#include <QSet>
#include <array>

namespace LicenseDesk {

class OwnerListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OwnerListModel)

public:
    enum Role {
        SortRole = Qt::UserRole + 1,
        OwnerNameRole,   ///< the owner's code name ("SUPEROFFICE")
        DescriptionRole, ///< the owner's display name
        HealthRole,      ///< OwnerHealth as int
        HealthTextRole,  ///< translated badge text
        StaleRole,       ///< bool: the data could not be refreshed
    };

    explicit OwnerListModel(QObject *parent = nullptr);

    /// Replaces the owners. The same owners in the same order only emit dataChanged.
    void setOwners(const QList<OwnerFacts> &owners, QDate today);
    /// Marks owners whose license server offers a new license (changes the badge).
    void setNewLicenseAvailable(const QString &owner, bool available, QDate today);
    /// Marks every row stale (last good data kept) or fresh.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    const OwnerFacts *ownerAt(int row) const;
    /// Row of the owner with this code name, or -1.
    int rowOf(const QString &ownerName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        OwnerFacts owner;
        OwnerHealth health = OwnerHealth::Ok;
    };
    OwnerHealth healthOf(const OwnerFacts &owner, QDate today) const;
    void emitRowChanged(int row);

    /// The badge icon of a health, loaded once: a new QIcon per data() call re-reads its SVG on every paint.
    const QIcon &icon(OwnerHealth health) const;

    QList<Entry> m_entries;
    mutable std::array<QIcon, int(OwnerHealth::Ok) + 1> m_icons;
    QSet<QString> m_newLicenseAvailable;
    bool m_stale = false;
};

} // namespace LicenseDesk

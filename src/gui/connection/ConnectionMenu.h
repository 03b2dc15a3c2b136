// The saved connections as checkable entries at the top of a menu, the one in use checked.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;

namespace LicenseDesk {

class ProfileStore;

/// Lists ProfileStore's profiles above the menu's own actions (e.g. "Manage Connections…") and
/// reports which one the admin picked. Call rebuild() after profiles were added, renamed or removed.
class ConnectionMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMenu)

public:
    /// The menu becomes the parent; the store is not owned and must outlive the menu.
    ConnectionMenu(QMenu *menu, const ProfileStore &profiles);
    ~ConnectionMenu() override;

    void rebuild();
    /// Checks the named profile's entry (none for an empty or unknown name).
    void setCurrent(const QString &name);
    /// The entry of a profile, or nullptr.
    QAction *actionFor(const QString &name) const;
    QList<QAction *> profileActions() const;

signals:
    void profileChosen(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMenu *m_menu;
    const ProfileStore &m_profiles;
    QActionGroup *m_group;
    QAction *m_separator;
    QList<QAction *> m_actions;
    QString m_current;
};

} // namespace LicenseDesk

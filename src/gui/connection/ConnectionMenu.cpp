// Profile entries are rebuilt as a whole: there are few, and names may have changed in the dialog.
#include "ConnectionMenu.h"

#include "ProfileStore.h"

#include <QActionGroup>
#include <QEvent>
#include <QMenu>

namespace LicenseDesk {

ConnectionMenu::ConnectionMenu(QMenu *menu, const ProfileStore &profiles)
    : QObject(menu)
    , m_menu(menu)
    , m_profiles(profiles)
    , m_group(new QActionGroup(this))
    , m_separator(nullptr) {
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::Exclusive);
    const QList<QAction *> fixed = menu->actions();
    m_separator = menu->insertSeparator(fixed.value(0));
    menu->installEventFilter(this);
    rebuild();
}

ConnectionMenu::~ConnectionMenu() = default;

void ConnectionMenu::rebuild() {
    for (QAction *action : std::as_const(m_actions)) {
        m_menu->removeAction(action);
        delete action;
    }
    m_actions.clear();
    const QList<ConnectionProfile> profiles = m_profiles.profiles();
    for (const ConnectionProfile &profile : profiles) {
        QString text = profile.name;
        text.replace(u'&', QStringLiteral("&&")); // a name is never a keyboard mnemonic
        if (m_profiles.isSessionOnly(profile.name))
            text = tr("%1 (this session only)").arg(text);
        auto *action = new QAction(text, this);
        action->setCheckable(true);
        action->setData(profile.name);
        action->setObjectName(QStringLiteral("connectionAction:") + profile.name);
        m_group->addAction(action);
        const QString name = profile.name;
        connect(action, &QAction::triggered, this, [this, name] { emit profileChosen(name); });
        m_actions.append(action);
    }
    if (m_actions.isEmpty()) {
        auto *none = new QAction(tr("No saved connections"), this);
        none->setEnabled(false);
        m_actions.append(none);
    }
    m_menu->insertActions(m_separator, m_actions);
    setCurrent(m_current);
}

void ConnectionMenu::setCurrent(const QString &name) {
    m_current = name;
    for (QAction *action : std::as_const(m_actions))
        action->setChecked(action->isCheckable() && action->data().toString() == name);
}

QAction *ConnectionMenu::actionFor(const QString &name) const {
    for (QAction *action : m_actions) {
        if (action->isCheckable() && action->data().toString() == name)
            return action;
    }
    return nullptr;
}

QList<QAction *> ConnectionMenu::profileActions() const {
    QList<QAction *> result;
    for (QAction *action : m_actions) {
        if (action->isCheckable())
            result.append(action);
    }
    return result;
}

bool ConnectionMenu::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        rebuild(); // "(this session only)" and "No saved connections" are translated texts
    return QObject::eventFilter(watched, event);
}

} // namespace LicenseDesk

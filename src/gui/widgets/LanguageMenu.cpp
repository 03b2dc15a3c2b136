// The language entries carry their setting in QAction::data(); only "System default" is translated.
#include "LanguageMenu.h"

#include "Translator.h"

#include <QActionGroup>
#include <QEvent>
#include <QMenu>

namespace LicenseDesk {

LanguageMenu::LanguageMenu(QMenu *menu)
    : QObject(menu)
    , m_menu(menu)
    , m_group(new QActionGroup(this))
    , m_system(nullptr) {
    m_system = addEntry(QString(), Translator::systemSetting());
    m_menu->addSeparator();
    const QStringList languages = Translator::availableLanguages();
    for (const QString &language : languages) {
        addEntry(Translator::nativeName(language), language);
    }
    retranslate();
    m_menu->installEventFilter(this);
}

LanguageMenu::~LanguageMenu() = default;

QAction *LanguageMenu::addEntry(const QString &text, const QString &setting) {
    auto *action = new QAction(text, this);
    action->setCheckable(true);
    action->setData(setting);
    action->setObjectName(QStringLiteral("languageAction:") + setting);
    m_group->addAction(action);
    m_menu->addAction(action);
    connect(action, &QAction::triggered, this, [this, setting] { emit languageChosen(setting); });
    return action;
}

void LanguageMenu::setCurrent(const QString &setting) {
    QAction *action = actionFor(setting);
    (action ? action : m_system)->setChecked(true);
}

QAction *LanguageMenu::actionFor(const QString &setting) const {
    const QList<QAction *> actions = m_group->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == setting)
            return action;
    }
    return nullptr;
}

void LanguageMenu::retranslate() {
    m_system->setText(tr("&System Default"));
    m_system->setToolTip(tr("Use the language of the operating system"));
}

bool LanguageMenu::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace LicenseDesk

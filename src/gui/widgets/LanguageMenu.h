// View → Language: "System default" and every language LicenseDesk ships, the chosen one checked.
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QActionGroup;
class QMenu;

namespace LicenseDesk {

/// Fills a menu once; languages are listed by their own names (never translated, so a person who
/// cannot read the current language still finds theirs). Saving and installing is the caller's job.
class LanguageMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    /// The menu becomes the parent.
    explicit LanguageMenu(QMenu *menu);
    ~LanguageMenu() override;

    /// Checks the entry of a setting: Translator::systemSetting() or an ISO code ("nb").
    void setCurrent(const QString &setting);
    /// The entry of a setting, or nullptr.
    QAction *actionFor(const QString &setting) const;

signals:
    /// The admin picked an entry: Translator::systemSetting() or an ISO code.
    void languageChosen(const QString &setting);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *addEntry(const QString &text, const QString &setting);
    void retranslate();

    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace LicenseDesk

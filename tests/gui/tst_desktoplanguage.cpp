// Switching the language in the running app (View → Language) against the in-process demo server:
// every widget shows the new catalogue's texts, the server is asked for the new language, and with
// German texts nothing in the main window or the activation preview is cut off.
#include "ActivationController.h"
#include "ActivationPreviewDialog.h"
#include "DemoServer.h"
#include "DemoTranslations.h"
#include "DesktopApp.h"
#include "LanguageMenu.h"
#include "LicenseClient.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ModuleFilterProxyModel.h"
#include "ModuleUsageModel.h"
#include "OwnerListModel.h"
#include "Translator.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace LicenseDesk;
using Column = ModuleUsageModel::Column;

namespace {

/// One text the test follows across the switch: where it is shown and where it comes from.
struct WatchedText {
    const char *context;
    const char *source;
    std::function<QString()> shown;
};

/// The text as painted: "&Refresh" shows "Refresh", "&&" shows "&".
QString displayed(QString text) {
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    const qsizetype tab = text.indexOf(u'\t'); // shortcut column of a menu entry
    return tab < 0 ? text : text.left(tab);
}

QString where(const QWidget *widget) {
    return QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
}

} // namespace

class TestDesktopLanguage final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DesktopApp> m_app;

    void startDemo() {
        m_app = std::make_unique<DesktopApp>(DesktopApp::Options{.demo = true, .url = {}},
                                             std::make_unique<MemorySecretStore>());
        QVERIFY(!m_app->start());
        QTRY_COMPARE_WITH_TIMEOUT(m_app->window()->ownerModel()->rowCount(), 4, 10000);
        QVERIFY(m_app->window()->selectOwner(QStringLiteral("SUPEROFFICE")));
    }

    template <typename T> T *child(QObject *parent, const char *name) const {
        T *found = parent->findChild<T *>(QLatin1StringView(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }

    QString moduleDescription(const QString &module) const {
        const QAbstractItemModel *model = m_app->window()->moduleModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, int(Column::Module)).data().toString() == module)
                return model->index(row, int(Column::Description)).data().toString();
        }
        return {};
    }

    QList<WatchedText> watchedTexts() {
        MainWindow *window = m_app->window();
        QAbstractItemModel *proxy = window->moduleProxy();
        auto header = [proxy](Column column) {
            return [proxy, column] { return proxy->headerData(int(column), Qt::Horizontal).toString(); };
        };
        auto *company = child<QLabel>(window, "companyValue");
        QLabel *companyTitle = nullptr;
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->buddy() == company)
                companyTitle = label;
        }
        auto *refresh = child<QAction>(window, "actionRefresh");
        auto *retry = child<QAbstractButton>(window, "retryButton");
        QAction *system = m_app->languageMenu()->actionFor(Translator::systemSetting());
        const QString url = m_app->client()->settings().apiRoot.toDisplayString();
        auto *connection = child<QLabel>(window, "connectionLabel");
        auto *cancel = child<QAbstractButton>(window, "cancelRequestsButton");
        return {
            {"LicenseDesk::ModuleUsageModel", "Module", header(Column::Module)},
            {"LicenseDesk::ModuleUsageModel", "In use", header(Column::InUse)},
            {"MainWindow", "&Refresh", [refresh] { return refresh->text(); }},
            {"MainWindow", "&Connection", [window] { return window->connectionMenu()->title(); }},
            {"MainWindow", "Lan&guage", [window] { return window->languageMenu()->title(); }},
            {"LicenseDesk::LicenseDetailsPane", "Company:", [companyTitle] { return companyTitle->text(); }},
            {"LicenseDesk::MessageBar", "&Retry", [retry] { return retry->text(); }},
            {"LicenseDesk::LanguageMenu", "&System Default", [system] { return system->text(); }},
            {"LicenseDesk::BusyIndicator", "Cancel", [cancel] { return cancel->text(); }},
            {"LicenseDesk::MainWindow", "%1 as %2",
             [connection, url] {
                 return connection->text()
                     .replace(url, QStringLiteral("%1"))
                     .replace(DemoServer::DemoUser, QStringLiteral("%2"));
             }},
        };
    }

    /// One-line labels cut short (word-wrapped and rich-text labels grow instead).
    static void clippedLabels(QWidget *root, QStringList &problems) {
        const QList<QLabel *> labels = root->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            const QString text = label->text();
            if (!label->isVisible() || text.isEmpty() || label->wordWrap() || Qt::mightBeRichText(text))
                continue;
            const int available = label->contentsRect().width() - 2 * label->margin();
            const QStringList lines = displayed(text).split(u'\n');
            for (const QString &line : lines) {
                const int needed = label->fontMetrics().horizontalAdvance(line);
                if (needed > available)
                    problems << QStringLiteral("%1 \"%2\": %3 px in %4 px")
                                    .arg(where(label), line)
                                    .arg(needed)
                                    .arg(available);
            }
        }
    }

    /// Buttons narrower than their text, icon and frame.
    static void clippedButtons(QWidget *root, QStringList &problems) {
        const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
        for (QAbstractButton *button : buttons) {
            if (!button->isVisible() || button->text().isEmpty())
                continue;
            // The size hint is the text's advance plus the style's frame, icon and indicator.
            const int needed = button->sizeHint().width();
            if (button->width() < needed)
                problems << QStringLiteral("%1 \"%2\": %3 px in %4 px")
                                .arg(where(button), displayed(button->text()))
                                .arg(needed)
                                .arg(button->width());
        }
    }

    /// Menu entries narrower than their text.
    static void clippedMenus(QWidget *root, QStringList &problems) {
        const QList<QMenu *> menus = root->findChildren<QMenu *>();
        for (QMenu *menu : menus) {
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const int needed = menu->fontMetrics().horizontalAdvance(displayed(action->text()));
                const int available = menu->actionGeometry(action).width();
                if (needed > available)
                    problems << QStringLiteral("menu %1 \"%2\": %3 px in %4 px")
                                    .arg(menu->objectName(), displayed(action->text()))
                                    .arg(needed)
                                    .arg(available);
            }
        }
    }

    /// Toolbar actions pushed into the overflow menu.
    static void clippedToolBars(QWidget *root, QStringList &problems) {
        const QList<QToolBar *> toolBars = root->findChildren<QToolBar *>();
        for (QToolBar *toolBar : toolBars) {
            const QList<QAction *> actions = toolBar->actions();
            for (QAction *action : actions) {
                QWidget *button = toolBar->widgetForAction(action);
                if (!action->isSeparator() && button && !button->isVisible())
                    problems << QStringLiteral("toolbar \"%1\" moved to the overflow menu")
                                    .arg(displayed(action->text()));
            }
        }
    }

    /// Table header sections narrower than their title.
    static void clippedHeaders(QWidget *root, QStringList &problems) {
        const QList<QHeaderView *> headers = root->findChildren<QHeaderView *>();
        for (QHeaderView *header : headers) {
            if (!header->isVisible())
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const int needed = header->sectionSizeHint(section);
                if (header->sectionSize(section) < needed)
                    problems
                        << QStringLiteral("%1 section \"%2\": %3 px in %4 px")
                               .arg(where(header->parentWidget()),
                                    header->model()->headerData(section, header->orientation()).toString())
                               .arg(needed)
                               .arg(header->sectionSize(section));
            }
        }
    }

    /// Everything visible with a one-line text must show all of it (word-wrapped labels grow instead).
    static QStringList clippedTexts(QWidget *root) {
        QStringList problems;
        clippedLabels(root, problems);
        clippedButtons(root, problems);
        clippedMenus(root, problems);
        clippedToolBars(root, problems);
        clippedHeaders(root, problems);
        return problems;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qRegisterMetaType<ActivationPreviewDialog *>();
        ActivationController::setConfirmHook(
            [](QWidget *, const QString &, const QString &) { return false; });
    }

    void init() {
        QSettings().clear();
        QSettings().setValue(DesktopApp::languageKey(), QStringLiteral("en"));
    }

    void cleanup() {
        m_app.reset();
        QSettings().clear();
        Translator::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }

    void norwegianFromTheLanguageMenuTranslatesEveryWidgetAndAsksTheServerForIt() {
        startDemo();
        QCOMPARE(m_app->language(), QStringLiteral("en"));
        const QString english = moduleDescription(QStringLiteral("ten-sales"));
        QCOMPARE(english, QStringLiteral("Sales Premium"));
        const QList<WatchedText> texts = watchedTexts();
        QStringList before;
        for (const WatchedText &text : texts) {
            QCOMPARE(text.shown(), QString::fromUtf8(text.source));
            before << text.shown();
        }

        QAction *norwegian = m_app->languageMenu()->actionFor(QStringLiteral("nb"));
        QVERIFY(m_app->window()->languageMenu()->actions().contains(norwegian));
        QCOMPARE(norwegian->text(), Translator::nativeName(QStringLiteral("nb")));
        QSignalSpy shown(m_app->window(), &MainWindow::ownersShown);
        norwegian->trigger();
        QVERIFY(shown.wait(10000));
        QCoreApplication::processEvents(); // the posted QEvent::LanguageChange

        // The next request asked for Norwegian, and the server's descriptions came back in it.
        const auto headers = m_app->client()->requestHeaders();
        QVERIFY(headers.contains(std::pair(QByteArrayLiteral("SO-Language"), QByteArrayLiteral("nb"))));
        QVERIFY(headers.contains(std::pair(QByteArrayLiteral("Accept-Language"), QByteArrayLiteral("nb"))));
        const QString expected = DemoTranslations::moduleDescription(
            QStringLiteral("SUPEROFFICE"), QStringLiteral("ten-sales"), QStringLiteral("nb"), english);
        QVERIFY(expected != english);
        QTRY_COMPARE(moduleDescription(QStringLiteral("ten-sales")), expected);

        int changed = 0;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const WatchedText &text = texts.at(i);
            const QString translated = QCoreApplication::translate(text.context, text.source);
            QCOMPARE(text.shown(), translated);
            if (translated != before.at(i))
                ++changed;
        }
        QVERIFY2(changed >= texts.size() - 1, "the Norwegian catalogue should translate these texts");
        QVERIFY(norwegian->isChecked());
        QCOMPARE(QSettings().value(DesktopApp::languageKey()).toString(), QStringLiteral("nb"));
        QCOMPARE(QLocale().language(), QLocale::NorwegianBokmal);

        // And back: the system default (C.UTF-8 in tests) is English.
        m_app->languageMenu()->actionFor(Translator::systemSetting())->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(moduleDescription(QStringLiteral("ten-sales")), english, 10000);
        QCoreApplication::processEvents();
        for (qsizetype i = 0; i < texts.size(); ++i)
            QCOMPARE(texts.at(i).shown(), before.at(i));
        QCOMPARE(QSettings().value(DesktopApp::languageKey()).toString(), Translator::systemSetting());
    }

    void openPreviewFollowsALanguageSwitch() {
        startDemo();
        QSignalSpy opened(m_app->window()->activationController(), &ActivationController::dialogOpened);
        child<QAction>(m_app->window(), "actionCheck")->trigger();
        QVERIFY(opened.wait(10000));
        ActivationPreviewDialog *preview = m_app->window()->activationController()->dialog();
        QHeaderView *header = preview->modulesView()->horizontalHeader();
        const int effect = header->count() - 1;
        QCOMPARE(header->model()->headerData(effect, Qt::Horizontal).toString(), QStringLiteral("Effect"));

        m_app->setLanguage(QStringLiteral("de"));
        QCoreApplication::processEvents();
        const QString translated =
            QCoreApplication::translate("LicenseDesk::ActivationPreviewModel", "Effect");
        QVERIFY(translated != QStringLiteral("Effect"));
        QCOMPARE(header->model()->headerData(effect, Qt::Horizontal).toString(), translated);
        QCOMPARE(child<QAbstractButton>(preview, "closeButton")->text(),
                 QCoreApplication::translate("ActivationPreviewDialog", "&Close"));
        QVERIFY(header->sectionSize(0) >= header->sectionSizeHint(0));
    }

    void savedLanguageAppliesBeforeTheWindowIsBuilt() {
        QSettings().setValue(DesktopApp::languageKey(), QStringLiteral("de"));
        startDemo();
        QCOMPARE(m_app->language(), QStringLiteral("de"));
        QCOMPARE(m_app->client()->settings().language, QStringLiteral("de"));
        QVERIFY(m_app->languageMenu()->actionFor(QStringLiteral("de"))->isChecked());
        const QString refresh = QCoreApplication::translate("MainWindow", "&Refresh");
        QVERIFY(refresh != QStringLiteral("&Refresh"));
        QCOMPARE(child<QAction>(m_app->window(), "actionRefresh")->text(), refresh);
        QCOMPARE(moduleDescription(QStringLiteral("ten-sales")),
                 DemoTranslations::moduleDescription(QStringLiteral("SUPEROFFICE"),
                                                     QStringLiteral("ten-sales"), QStringLiteral("de"),
                                                     QString()));
    }

    void germanTextsFitTheMainWindowAndThePreview() {
        QSettings().setValue(DesktopApp::languageKey(), QStringLiteral("de"));
        startDemo();
        MainWindow *window = m_app->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Menus lay out their entries when shown; open each one once.
        const QList<QMenu *> menus = window->findChildren<QMenu *>();
        for (QMenu *menu : menus)
            menu->ensurePolished();
        const QStringList mainProblems = clippedTexts(window);
        QVERIFY2(mainProblems.isEmpty(), qPrintable(mainProblems.join(u'\n')));

        QSignalSpy opened(window->activationController(), &ActivationController::dialogOpened);
        child<QAction>(window, "actionCheck")->trigger();
        QVERIFY(opened.wait(10000));
        ActivationPreviewDialog *preview = window->activationController()->dialog();
        QVERIFY(QTest::qWaitForWindowExposed(preview));
        const QStringList previewProblems = clippedTexts(preview);
        QVERIFY2(previewProblems.isEmpty(), qPrintable(previewProblems.join(u'\n')));
    }
};

QTEST_MAIN(TestDesktopLanguage)
#include "tst_desktoplanguage.moc"

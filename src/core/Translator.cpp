// Language resolution and QTranslator installation for the GUI and the CLI alike.
#include "Translator.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace LicenseDesk {
namespace {

// Maps a locale name ("nb-NO", "no", "de_AT", "C") to a shipped language, or an empty string.
QString matchAvailable(QString name) {
    name = name.replace(u'-', u'_').section(u'_', 0, 0).toLower();
    if (name == u"no" || name == u"nn")
        name = QStringLiteral("nb"); // the Norwegian UI is written in Bokmål
    return Translator::availableLanguages().contains(name) ? name : QString();
}

struct InstalledTranslators {
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qtbase;
};

InstalledTranslators &installed() {
    static InstalledTranslators translators;
    return translators;
}

std::unique_ptr<QTranslator> loadTranslator(const QString &file, const QString &directory) {
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

} // namespace

QStringList Translator::availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("nb"), QStringLiteral("sv"),
            QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("nl")};
}

QString Translator::nativeName(const QString &language) {
    if (language == u"en")
        return QStringLiteral("English"); // QLocale says "American English"; the catalogue is plain English
    const QLocale locale(language == u"nb" ? QStringLiteral("nb_NO") : language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString Translator::resolve(const QString &setting, const QStringList &preferred) {
    if (!setting.isEmpty() && setting != systemSetting()) {
        const QString chosen = matchAvailable(setting);
        if (!chosen.isEmpty())
            return chosen;
    }
    for (const QString &candidate : preferred) {
        const QString match = matchAvailable(candidate);
        if (!match.isEmpty())
            return match;
    }
    return QStringLiteral("en");
}

QString Translator::install(const QString &setting) {
    const QString language = resolve(setting, QLocale::system().uiLanguages());
    InstalledTranslators &current = installed();
    if (current.app)
        QCoreApplication::removeTranslator(current.app.get());
    if (current.qtbase)
        QCoreApplication::removeTranslator(current.qtbase.get());
    current = {};
    // English too: its catalogue carries the plural forms of the source strings.
    current.app = loadTranslator(QStringLiteral("licensedesk_") + language, QStringLiteral(":/i18n"));
    if (language != u"en") {
        current.qtbase = loadTranslator(QStringLiteral("qtbase_") + language,
                                        QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        // Where Qt has no catalogue of its own (nb, sv on Debian), our supplement covers the standard
        // buttons.
        if (!current.qtbase)
            current.qtbase =
                loadTranslator(QStringLiteral("qtbase_supplement_") + language, QStringLiteral(":/i18n"));
    }
    // Keep the system's regional formats (en_GB dates, de_CH numbers) when its language is the one chosen.
    const QLocale chosen(language == u"nb" ? QStringLiteral("nb_NO") : language);
    QLocale::setDefault(QLocale::system().language() == chosen.language() ? QLocale::system() : chosen);
    return language;
}

} // namespace LicenseDesk

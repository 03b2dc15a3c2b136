// Chooses the UI language and installs LicenseDesk's and Qt's own translations for it.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace LicenseDesk {

class Translator final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::Translator)

public:
    /// The setting value that means "follow the system".
    static QString systemSetting() { return QStringLiteral("system"); }
    /// ISO-2 codes of the languages LicenseDesk ships, English (the source language) first.
    static QStringList availableLanguages();
    /// The language's own name for itself ("Norsk bokmål", "Deutsch", ...).
    static QString nativeName(const QString &language);
    /// Resolves a setting ("system", "", or a code such as "de" or "nb_NO") against the preferred
    /// languages (most preferred first, as QLocale::uiLanguages() gives them) to an available code.
    static QString resolve(const QString &setting, const QStringList &preferred);
    /// Resolves against the system's languages and installs the app and qtbase catalogues, replacing
    /// any installed before (QEvent::LanguageChange follows). Returns the language now in use.
    static QString install(const QString &setting);
};

} // namespace LicenseDesk

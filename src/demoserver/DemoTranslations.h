// Owner and module descriptions of the demo seed in the six languages LicenseDesk supports.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace LicenseDesk::DemoTranslations {

/// The ISO-2 codes the demo server translates into, English first.
QStringList supportedLanguages();

/// The language of a request: SO-Language when supported, else the first supported language of
/// Accept-Language (by quality), else "en". "no"/"nn" count as "nb".
QString pickLanguage(const QByteArray &soLanguage, const QByteArray &acceptLanguage);

/// The description of an owner ("SUPEROFFICE") in a language; fallback when the demo has none.
QString ownerDescription(const QString &owner, const QString &language, const QString &fallback);
/// The description of a module of an owner in a language; fallback when the demo has none.
QString moduleDescription(const QString &owner, const QString &module, const QString &language,
                          const QString &fallback);

} // namespace LicenseDesk::DemoTranslations

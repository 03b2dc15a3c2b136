// Language resolution: explicit settings, system preferences and fallbacks.
#include "Translator.h"

#include <QTest>

using namespace LicenseDesk;
using namespace Qt::StringLiterals;

class TestTranslator final : public QObject {
    Q_OBJECT

private slots:
    void resolvesLanguage_data() {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("preferred");
        QTest::addColumn<QString>("expected");
        QTest::newRow("explicit beats system") << u"de"_s << QStringList{u"sv-SE"_s} << u"de"_s;
        QTest::newRow("explicit with region") << u"nl_BE"_s << QStringList() << u"nl"_s;
        QTest::newRow("system first match")
            << u"system"_s << QStringList{u"fr-FR"_s, u"da-DK"_s, u"de"_s} << u"da"_s;
        QTest::newRow("empty means system") << QString() << QStringList{u"sv-FI"_s} << u"sv"_s;
        QTest::newRow("norwegian no") << u"system"_s << QStringList{u"no"_s} << u"nb"_s;
        QTest::newRow("norwegian nynorsk") << u"system"_s << QStringList{u"nn-NO"_s} << u"nb"_s;
        QTest::newRow("unknown explicit falls back to system")
            << u"fi"_s << QStringList{u"de-AT"_s} << u"de"_s;
        QTest::newRow("nothing shipped") << u"system"_s << QStringList{u"ja-JP"_s, u"C"_s} << u"en"_s;
    }

    void resolvesLanguage() {
        QFETCH(QString, setting);
        QFETCH(QStringList, preferred);
        QFETCH(QString, expected);
        QCOMPARE(Translator::resolve(setting, preferred), expected);
    }

    void installsAppAndQtCatalogues_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::addColumn<QString>("permanent");
        QTest::newRow("nb (supplement)") << u"nb"_s << u"Avbryt"_s << u"Permanent"_s;
        QTest::newRow("sv (supplement)") << u"sv"_s << u"Avbryt"_s << u"Permanent"_s;
        QTest::newRow("de (Qt's own)") << u"de"_s << u"Abbrechen"_s << u"Unbefristet"_s;
        QTest::newRow("en") << u"en"_s << u"Cancel"_s << u"Permanent"_s;
    }

    void installsAppAndQtCatalogues() {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QFETCH(QString, permanent);
        QCOMPARE(Translator::install(language), language);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
        const QString expiry = QCoreApplication::translate("LicenseDesk::LicenseTexts", "Permanent");
        if (language == u"de")
            QCOMPARE(expiry, permanent);
        // Plural forms come from the catalogue, English included: never the "(s)" of the source text.
        const QString oneDay = QCoreApplication::translate(
            "LicenseDesk::LicenseTexts", "Activation is possible: %n module(s) would change.", nullptr, 1);
        QVERIFY2(!oneDay.contains(u"(s)"_s) && oneDay.contains(u'1'), qPrintable(oneDay));
        Translator::install(u"en"_s);
    }

    void namesLanguagesInTheirOwnWords() {
        QCOMPARE(Translator::availableLanguages().size(), 6);
        QCOMPARE(Translator::availableLanguages().first(), u"en"_s);
        QCOMPARE(Translator::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(Translator::nativeName(u"sv"_s), u"Svenska"_s);
        QVERIFY(Translator::nativeName(u"nb"_s).startsWith(u"Norsk"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslator)
#include "tst_translator.moc"

// Server text printed to a terminal: control characters and bidi overrides become visible escapes.
#include "TerminalText.h"

#include <QTest>

using namespace LicenseDesk;
using namespace Qt::StringLiterals;

class TestTerminalText final : public QObject {
    Q_OBJECT

private slots:
    void neutralisesControlsAndBidiOverrides_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain text unchanged") << u"Sales & Marketing"_s << u"Sales & Marketing"_s;
        QTest::newRow("letters of every script unchanged") << u"Ærø 東京 שלום ✓"_s << u"Ærø 東京 שלום ✓"_s;
        QTest::newRow("clear screen and window title")
            << u"Acme\x1b[2J\x1b]0;title\x07"_s << u"Acme\\x1B[2J\\x1B]0;title\\x07"_s;
        QTest::newRow("line breaks and tabs") << u"a\nb\rc\td"_s << u"a\\x0Ab\\x0Dc\\x09d"_s;
        QTest::newRow("NUL and DEL") << QString(u"a\0b\x7f"_s) << u"a\\x00b\\x7F"_s;
        QTest::newRow("C1 CSI and NEL") << u"\u009b2J\u0085"_s << u"\\x9B2J\\x85"_s;
        QTest::newRow("right-to-left override") << u"abc\u202Etxt.exe"_s << u"abc\\u202Etxt.exe"_s;
        QTest::newRow("every embedding and override")
            << u"\u202A\u202B\u202C\u202D"_s << u"\\u202A\\u202B\\u202C\\u202D"_s;
        QTest::newRow("isolates") << u"\u2066\u2067\u2068\u2069"_s << u"\\u2066\\u2067\\u2068\\u2069"_s;
        QTest::newRow("a backslash stays one") << u"C:\\temp"_s << u"C:\\temp"_s;
    }

    void neutralisesControlsAndBidiOverrides() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TerminalText::printable(text), expected);
    }

    void fakeColouredLineCannotColourOrBreakTheLine() {
        const QString fake = u"timeout\n\x1b[32mactivation verified\x1b[0m"_s;
        const QString shown = TerminalText::printable(fake);
        QVERIFY(!shown.contains(QChar(0x1b)));
        QVERIFY(!shown.contains(u'\n'));
        QCOMPARE(shown, u"timeout\\x0A\\x1B[32mactivation verified\\x1B[0m"_s);
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"

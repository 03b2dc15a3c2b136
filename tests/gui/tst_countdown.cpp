// Countdown wording: future, past, today and "never" for permanent licenses.
#include "Countdown.h"

#include <QTest>

using namespace LicenseDesk;

class TestCountdown final : public QObject {
    Q_OBJECT

private slots:
    void wordsDayCounts_data() {
        QTest::addColumn<std::optional<qint64>>("days");
        QTest::addColumn<QString>("text");
        QTest::newRow("future") << std::optional<qint64>(123) << QStringLiteral("in 123 day");
        QTest::newRow("tomorrow") << std::optional<qint64>(1) << QStringLiteral("in 1 day");
        QTest::newRow("today") << std::optional<qint64>(0) << QStringLiteral("today");
        QTest::newRow("past") << std::optional<qint64>(-3) << QStringLiteral("3 day");
        QTest::newRow("permanent") << std::optional<qint64>() << QStringLiteral("never");
    }

    void wordsDayCounts() {
        QFETCH(std::optional<qint64>, days);
        QFETCH(QString, text);
        // Without an English numerus catalogue Qt shows the source form "day(s)": compare up to it.
        QVERIFY2(Countdown::days(days).startsWith(text), qPrintable(Countdown::days(days)));
    }

    void showsLocaleDateWithCountdown() {
        const QLocale locale(QLocale::German, QLocale::Germany);
        const LicenseDate expiry = QDateTime(QDate(2027, 3, 27), QTime(0, 0));
        QVERIFY(Countdown::dateAndCountdown(expiry, QDate(2027, 3, 20), locale)
                    .startsWith(QStringLiteral("27.03.27 (in 7 day")));
        QCOMPARE(Countdown::dateAndCountdown(std::nullopt, QDate(2027, 3, 20), locale),
                 QStringLiteral("never"));
    }
};

QTEST_GUILESS_MAIN(TestCountdown)
#include "tst_countdown.moc"

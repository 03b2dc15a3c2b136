// The one JSON reader: fixtures survive the demo server's writer, odd bodies read as JSON says, and
// damaged bodies end in a value or an error naming where.
#include "LicenseJson.h"
#include "LicenseParser.h"
#include "TestData.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace LicenseDesk;
using namespace Qt::StringLiterals;

namespace {

/// Every field of a carrier as "Name=value", walked through the same field list the reader uses.
class Dumper final {
public:
    explicit Dumper(QStringList &out)
        : m_out(out) {}

    void operator()(QLatin1StringView name, const QString &v) { add(name, v.isNull() ? u"<null>"_s : u'"' + v + u'"'); }
    void operator()(QLatin1StringView name, bool v) { add(name, v ? u"true"_s : u"false"_s); }
    void operator()(QLatin1StringView name, int v) { add(name, QString::number(v)); }
    void operator()(QLatin1StringView name, SeatCount v) { add(name, QString::number(v)); }
    void operator()(QLatin1StringView name, SeatDifference<const SeatCount> v) { add(name, QString::number(v.seats)); }
    void operator()(QLatin1StringView name, const std::optional<SeatCount> &v) {
        add(name, v ? QString::number(*v) : u"null"_s);
    }
    void operator()(QLatin1StringView name, SeatDifference<const std::optional<SeatCount>> v) { (*this)(name, v.seats); }
    void operator()(QLatin1StringView name, const LicenseDate &v) {
        add(name, v ? v->toUTC().toString(Qt::ISODateWithMs) + u'@' + QString::number(v->offsetFromUtc())
                    : u"never"_s);
    }
    template <typename E> void operator()(QLatin1StringView name, const EnumValue<E> &v) { (*this)(name, v.raw); }
    void operator()(QLatin1StringView, const UnmodelledField &) {}
    template <typename T> void operator()(QLatin1StringView name, const std::optional<T> &v) {
        if (!v) {
            add(name, u"null"_s);
            return;
        }
        add(name, u"{"_s);
        fields(*v, *this);
    }
    template <typename T> void operator()(QLatin1StringView name, const QList<T> &v) {
        add(name, u"[%1]"_s.arg(v.size()));
        for (const T &item : v)
            fields(item, *this);
    }

private:
    void add(QLatin1StringView name, const QString &value) { m_out << name + u'=' + value; }
    QStringList &m_out;
};

template <typename T> QStringList dump(const T &value) {
    QStringList out;
    fields(value, Dumper(out));
    return out;
}

QStringList dump(const QList<ExtendedLicenseInfo> &owners) {
    QStringList out;
    for (const ExtendedLicenseInfo &owner : owners)
        out += dump(owner) << u"--"_s;
    return out;
}

QByteArray mutated(const QByteArray &original, QRandomGenerator &random) {
    static const QByteArray alphabet = "{}[],:\"\\/ 0123456789.-+eEtrufalsn\xc3\xa5\xff\t"_ba;
    QByteArray body = original;
    for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
        const int at = random.bounded(int(body.size()));
        switch (random.bounded(4)) {
        case 0:
            body[at] = alphabet.at(random.bounded(int(alphabet.size())));
            break;
        case 1:
            body.remove(at, 1 + random.bounded(8));
            break;
        case 2:
            body.insert(at, alphabet.at(random.bounded(int(alphabet.size()))));
            break;
        default:
            body.insert(at, body.mid(random.bounded(int(body.size())), 1 + random.bounded(40)));
            break;
        }
    }
    return body;
}

} // namespace

class TestJsonReader final : public QObject {
    Q_OBJECT

private slots:
    void fixturesSurviveTheDemoWriter_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("stored license") << u"license-superoffice.json"_s;
        QTest::newRow("candidate") << u"license-from-license-server.json"_s;
    }
    void fixturesSurviveTheDemoWriter() {
        QFETCH(QString, name);
        const QByteArray body = TestFixtures::bytes(name);
        const auto read = parseExtendedLicenseInfo(body);
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QCOMPARE(read.value->rawJson, body); // activation sends back exactly what was received
        const auto again = parseExtendedLicenseInfo(LicenseJson::write(*read.value));
        QVERIFY2(again.ok(), qPrintable(again.error.toString()));
        QCOMPARE(dump(*again.value), dump(*read.value));
    }

    void ownerListSurvivesTheDemoWriter() {
        const auto read = parseExtendedLicenseInfoList(TestFixtures::bytes(u"license-all-owners.json"_s));
        QVERIFY(read.ok());
        QList<QByteArray> owners;
        for (const ExtendedLicenseInfo &owner : *read.value)
            owners << LicenseJson::write(owner);
        const auto again = parseExtendedLicenseInfoList(LicenseJson::array(owners));
        QVERIFY(again.ok());
        QCOMPARE(dump(*again.value), dump(*read.value));
    }

    void writerUsesTheDocumentedOrderAndDotNetDates() {
        LicenseInfo license;
        license.ownerName = u"SUPEROFFICE"_s;
        license.expiryDate = QDateTime(QDate(2026, 12, 12), QTime(0, 0), QTimeZone(3600));
        license.graceDate = QDateTime(QDate(2027, 1, 2), QTime(13, 4, 5, 120), QTimeZone(-5 * 3600 - 1800));
        const QByteArray json = LicenseJson::write(license);
        QVERIFY2(json.contains(R"("ExpiryDate":"2026-12-12T00:00:00.0000000+01:00")"), json.constData());
        QVERIFY2(json.contains(R"("GraceDate":"2027-01-02T13:04:05.1200000-05:30")"), json.constData());
        QVERIFY2(json.contains(R"("MaintenanceDate":"0001-01-01T00:00:00")"), json.constData());
        QVERIFY(json.startsWith(R"({"CompanyName":"","SerialNr":"","OwnerName":"SUPEROFFICE",)"));
        QVERIFY(json.endsWith(R"("ModuleLicenses":[],"PublicKey":null,"Signature":""})"));
    }

    void readsJsonAsJsonSaysIt_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("escaped key") << "{\"Reas\\u006fn\":\"r\"}"_ba << u"r"_s;
        QTest::newRow("repeated field: the last wins") << "{\"Reason\":\"a\",\"Reason\":\"b\"}"_ba << u"b"_s;
        QTest::newRow("surrogate pair") << "{\"Reason\":\"\\ud83d\\ude00\"}"_ba << u"\U0001F600"_s;
        QTest::newRow("escapes") << "{\"Reason\":\"a\\\"b\\\\c\\/d\\u00e9\\u20ac\"}"_ba << u"a\"b\\c/d\u00e9\u20ac"_s;
        QTest::newRow("white space") << " \r\n\t{ \"Reason\" : \"r\" } \n"_ba << u"r"_s;
    }
    void readsJsonAsJsonSaysIt() {
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const auto read = parseExtendedLicenseInfo(body);
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QCOMPARE(read.value->reason, reason);
    }

    void wholeNumbersMayBeWrittenAsFractionsOrExponents() {
        const auto read = parseExtendedLicenseInfo(
            R"({"ExtendedModuleLicenses":[{"NumberOfLicensesInUse":2.0,"NumberOfLicensesTotal":1e3,"NumberOfLicensesNewFree":-3}]})");
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        QCOMPARE(read.value->extendedModuleLicenses.first().numberOfLicensesInUse, SeatCount(2));
        QCOMPARE(read.value->extendedModuleLicenses.first().numberOfLicensesTotal, SeatCount(1000));
        QCOMPARE(*read.value->extendedModuleLicenses.first().numberOfLicensesNewFree, SeatCount(-3));
    }

    void leftOutServerNumbersStayUnknown() {
        const auto read = parseExtendedLicenseInfo(
            R"({"ExtendedModuleLicenses":[{"NumberOfLicensesInUse":2,"NumberOfLicensesFree":null}]})");
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        const ExtendedModuleLicense &module = read.value->extendedModuleLicenses.first();
        QVERIFY(!module.numberOfLicensesFree && !module.numberOfLicensesNewTotal);
        QVERIFY(!module.numberOfLicensesNewFree && !module.numberOfLicensesAdded);
    }

    void rejectsWhatIsNotJson_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("invalid utf-8") << "{\"Reason\":\"\xff\xfe\"}"_ba;
        QTest::newRow("raw tab in a string") << "{\"Reason\":\"a\tb\"}"_ba;
        QTest::newRow("leading zero") << "{\"Current\":{\"ExtraFlags\":01}}"_ba;
        QTest::newRow("trailing comma") << "{\"Reason\":\"r\",}"_ba;
        QTest::newRow("garbage after") << "{\"Reason\":\"r\"} x"_ba;
    }
    void rejectsWhatIsNotJson() {
        QFETCH(QByteArray, body);
        const auto read = parseExtendedLicenseInfo(body);
        QVERIFY(!read.ok());
        QVERIFY2(read.error.toString().startsWith(u"malformed JSON"_s), qPrintable(read.error.toString()));
    }

    // Damaged and altered bodies (a fixed seed, so every run checks the same ones): each ends in a
    // value with the exact bytes kept, or in an error with a message.
    void damagedBodiesEndInAValueOrAnError() {
        const QByteArray original = TestFixtures::bytes(u"license-from-license-server.json"_s);
        QRandomGenerator random(20261123);
        int accepted = 0;
        for (int round = 0; round < 3000; ++round) {
            const QByteArray body = mutated(original, random);
            const auto read = parseExtendedLicenseInfo(body);
            QCOMPARE(read.ok(), read.error.isNull());
            if (!read.ok())
                continue;
            ++accepted;
            QCOMPARE(read.value->rawJson, body);
        }
        QVERIFY(accepted > 100); // the alterations must not all be rejected, or this checks nothing
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"

// The single-pass license reader agrees with the QJsonDocument reader on every body it accepts.
#include "LicenseParser.h"
#include "TestData.h"

#include <QRandomGenerator>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::ParserPaths;
using namespace Qt::StringLiterals;

namespace {

QString text(const QString &value) {
    return value.isNull() ? u"<null>"_s : u'"' + value + u'"';
}

QString text(const LicenseDate &date) {
    return date ? date->toString(Qt::ISODateWithMs) + u'@' + QString::number(date->offsetFromUtc())
                : u"never"_s;
}

template <typename E> QString text(const EnumValue<E> &value) {
    return text(value.raw) + u'=' + (value.value ? QString::number(int(*value.value)) : u"?"_s);
}

/// Every field, in a fixed order, so two parses compare field by field.
QStringList dump(const ModuleLicense &m) {
    return {text(m.ownerName),
            text(m.moduleName),
            text(m.moduleDescription),
            text(m.moduleTooltip),
            text(m.moduleVersion),
            text(m.licenseType),
            QString::number(m.unrestricted),
            text(m.allowedUserType),
            QString::number(m.numberOfLicenses),
            QString::number(m.extraFlags),
            text(m.extraInfo),
            QString::number(m.sortOrder),
            QString::number(m.isHidden),
            text(m.prerequisiteModuleName),
            text(m.signature)};
}

QStringList dump(const std::optional<ModuleLicense> &m) {
    return m ? dump(*m) : QStringList{u"no module"_s};
}

QStringList dump(const std::optional<LicenseInfo> &l) {
    if (!l)
        return {u"no license"_s};
    QStringList out{text(l->companyName),
                    text(l->serialNr),
                    text(l->ownerName),
                    text(l->ownerDescription),
                    text(l->nextCheckDate),
                    text(l->maintenanceDate),
                    text(l->adminWarningDate),
                    text(l->expiryDate),
                    text(l->graceDate),
                    QString::number(l->extraFlags),
                    text(l->licenseUrl),
                    text(l->licenseVersion),
                    QString::number(l->deploymentType),
                    text(l->productType),
                    text(l->productDescription),
                    text(l->signature)};
    for (const ModuleLicense &m : l->moduleLicenses)
        out += dump(m);
    return out;
}

QStringList dump(const ExtendedLicenseInfo &e) {
    QStringList out{text(e.reason), QString::number(e.canBeActivated), text(e.accumulatedNextCheckDate)};
    out += dump(e.newLicense);
    out += dump(e.current);
    for (const ExtendedModuleLicense &m : e.extendedModuleLicenses) {
        out += dump(m.newLicense);
        out += dump(m.current);
        for (int n : {m.numberOfLicensesInUse, m.numberOfLicensesFree, m.numberOfLicensesAdded,
                      m.numberOfLicensesNewTotal, m.numberOfLicensesNewFree, m.numberOfLicensesTotal})
            out << QString::number(n);
    }
    return out;
}

QStringList dump(const QList<ExtendedLicenseInfo> &owners) {
    QStringList out;
    for (const ExtendedLicenseInfo &owner : owners)
        out += dump(owner) << u"--"_s;
    return out;
}

const QByteArray base =
    "{\"Reason\":\"r\",\"CanBeActivated\":true,\"Current\":{\"OwnerName\":\"X\",\"ModuleLicenses\":["
    "{\"ModuleName\":\"crm\",\"NumberOfLicenses\":5,\"LicenseType\":\"UserLicense\"}]},"
    "\"ExtendedModuleLicenses\":[{\"Current\":{\"ModuleName\":\"crm\"},\"NumberOfLicensesInUse\":3}]}";

} // namespace

class TestJsonScanner final : public QObject {
    Q_OBJECT

private slots:
    void fixturesAreReadInOnePassAsTheDocumentReadsThem_data() {
        QTest::addColumn<QString>("name");
        QTest::newRow("stored license") << u"license-superoffice.json"_s;
        QTest::newRow("candidate") << u"license-from-license-server.json"_s;
    }
    void fixturesAreReadInOnePassAsTheDocumentReadsThem() {
        QFETCH(QString, name);
        const QByteArray body = TestFixtures::bytes(name);
        const auto scanned = scanExtendedLicenseInfo(body);
        QVERIFY(scanned);
        const auto document = documentExtendedLicenseInfo(body);
        QVERIFY(document.ok());
        QCOMPARE(dump(*scanned), dump(*document.value));
        QCOMPARE(parseExtendedLicenseInfo(body).value->rawJson, body);
    }

    void ownerListIsReadInOnePassAsTheDocumentReadsIt() {
        const QByteArray body = TestFixtures::bytes(u"license-all-owners.json"_s);
        const auto scanned = scanExtendedLicenseInfoList(body);
        QVERIFY(scanned);
        const auto document = documentExtendedLicenseInfoList(body);
        QVERIFY(document.ok());
        QCOMPARE(dump(*scanned), dump(*document.value));
    }

    // onePass: whether the single pass takes the body; either way the result must be the document's.
    void unusualBodiesReadTheSameEitherWay_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("onePass");
        QTest::newRow("plain") << base << true;
        QTest::newRow("white space everywhere")
            << " \r\n\t{ \"Reason\" : \"r\" ,\n\"Current\"\t:\r{ \"OwnerName\" : \"X\" } , \"New\" : null } \n"_ba
            << true;
        QTest::newRow("common escapes")
            << "{\"Reason\":\"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti\\u00e9\\u0041\\u20ac\"}"_ba << true;
        QTest::newRow("utf-8 text") << "{\"Reason\":\"Nordlys R\xc3\xa5"
                                       "dgivning \xe2\x82\xac \xf0\x9f\x98\x80\"}"_ba
                                    << true;
        QTest::newRow("nulls and unknown fields")
            << "{\"Reason\":null,\"X\":{\"a\":[1,-2,0,3.25,true,false,null,\"s\",{}],\"b\":[]},\"Current\":null}"_ba
            << true;
        QTest::newRow("negative and zero counts")
            << "{\"ExtendedModuleLicenses\":[{\"NumberOfLicensesNewFree\":-3,\"NumberOfLicensesFree\":0}]}"_ba
            << true;
        QTest::newRow("empty strings") << "{\"Reason\":\"\",\"Current\":{\"OwnerName\":\"\"}}"_ba << true;
        QTest::newRow("unknown enum name")
            << "{\"Current\":{\"ModuleLicenses\":[{\"LicenseType\":\"FutureLicense\"}]}}"_ba << true;
        QTest::newRow("escaped key") << "{\"Reas\\u006fn\":\"r\"}"_ba << false;
        QTest::newRow("repeated field") << "{\"Reason\":\"a\",\"Reason\":\"b\"}"_ba << false;
        QTest::newRow("fraction in a count")
            << "{\"ExtendedModuleLicenses\":[{\"NumberOfLicensesInUse\":2.0}]}"_ba << false;
        QTest::newRow("exponent in an unknown field") << "{\"X\":1e3,\"Reason\":\"r\"}"_ba << false;
        QTest::newRow("big count") << "{\"Current\":{\"ExtraFlags\":2147483647}}"_ba << false;
        QTest::newRow("surrogate pair escape") << "{\"Reason\":\"\\ud83d\\ude00\"}"_ba << false;
        QTest::newRow("noncharacter") << "{\"Reason\":\"\xef\xbf\xbe\"}"_ba << false;
        QTest::newRow("raw tab in a string") << "{\"Reason\":\"a\tb\"}"_ba << false;
        QTest::newRow("byte order mark") << "\xef\xbb\xbf{\"Reason\":\"r\"}"_ba << false;
        QTest::newRow("invalid utf-8") << "{\"Reason\":\"\xff\xfe\"}"_ba << false;
        QTest::newRow("leading zero") << "{\"Current\":{\"ExtraFlags\":01}}"_ba << false;
        QTest::newRow("trailing comma") << "{\"Reason\":\"r\",}"_ba << false;
        QTest::newRow("garbage after") << "{\"Reason\":\"r\"} x"_ba << false;
        QTest::newRow("wrong type") << "{\"CanBeActivated\":\"yes\"}"_ba << false;
        QTest::newRow("bad date") << "{\"AccumulatedNextCheckDate\":\"soon\"}"_ba << false;
        QTest::newRow("truncated") << base.left(base.size() / 2) << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void unusualBodiesReadTheSameEitherWay() {
        QFETCH(QByteArray, body);
        QFETCH(bool, onePass);
        QCOMPARE(scanExtendedLicenseInfo(body).has_value(), onePass);
        const auto parsed = parseExtendedLicenseInfo(body);
        const auto document = documentExtendedLicenseInfo(body);
        QCOMPARE(parsed.ok(), document.ok());
        QCOMPARE(parsed.error.toString(), document.error.toString());
        if (document.ok())
            QCOMPARE(dump(*parsed.value), dump(*document.value));
    }

    void listOfNonObjectsIsLeftToTheDocument() {
        QVERIFY(!scanExtendedLicenseInfoList("[1]"));
        QCOMPARE(parseExtendedLicenseInfoList("[1]").error.toString(),
                 documentExtendedLicenseInfoList("[1]").error.toString());
        QVERIFY(scanExtendedLicenseInfoList(" [ ] "));
    }

    // Damaged and altered bodies (a fixed seed, so every run checks the same ones): whenever the
    // single pass accepts one, the document reader must accept it too, with the same values.
    void mutatedBodiesReadTheSameEitherWay() {
        const QByteArray original = TestFixtures::bytes(u"license-from-license-server.json"_s);
        const QByteArray alphabet = "{}[],:\"\\/ 0123456789.-+eEtrufalsn\xc3\xa5\xff\t"_ba;
        QRandomGenerator random(20261123);
        int scanned = 0;
        for (int round = 0; round < 3000; ++round) {
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
            const auto fast = scanExtendedLicenseInfo(body);
            const auto document = documentExtendedLicenseInfo(body);
            if (!fast)
                continue;
            ++scanned;
            QVERIFY2(document.ok(), body.constData());
            QCOMPARE(dump(*fast), dump(*document.value));
        }
        QVERIFY(scanned > 100); // the alterations must not all be rejected, or this checks nothing
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"

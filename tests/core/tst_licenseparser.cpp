// Parsing of every fixture and of hostile variants; values are asserted, not merely survived.
#include "LicenseParser.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace LicenseDesk;
using namespace Qt::StringLiterals;

namespace {

// Replaces one value inside a fixture, addressed by a path of keys and indexes.
QByteArray withValue(const char *name, const QStringList &path, const QJsonValue &value) {
    std::function<QJsonValue(const QJsonValue &, int)> patch = [&](const QJsonValue &node,
                                                                   int depth) -> QJsonValue {
        if (depth == path.size())
            return value;
        bool isIndex = false;
        const int index = path[depth].toInt(&isIndex);
        if (isIndex) {
            QJsonArray array = node.toArray();
            array[index] = patch(array.at(index), depth + 1);
            return array;
        }
        QJsonObject object = node.toObject();
        object[path[depth]] = patch(object.value(path[depth]), depth + 1);
        return object;
    };
    const QJsonDocument doc = QJsonDocument::fromJson(TestFixtures::bytes(name));
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    const QJsonValue patched = patch(root, 0);
    return patched.isArray() ? QJsonDocument(patched.toArray()).toJson()
                             : QJsonDocument(patched.toObject()).toJson();
}

} // namespace

class TestLicenseParser final : public QObject {
    Q_OBJECT

private slots:
    void readsStoredSuperOfficeLicense() {
        const QByteArray body = TestFixtures::bytes("license-superoffice.json");
        const auto parsed = parseExtendedLicenseInfo(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        const ExtendedLicenseInfo &license = *parsed.value;
        QCOMPARE(license.rawJson, body);
        QCOMPARE(license.canBeActivated, false);
        QVERIFY(!license.newLicense);
        QVERIFY(license.current);
        QCOMPARE(license.ownerName(), u"SUPEROFFICE"_s);
        QCOMPARE(license.ownerDescription(), u"SuperOffice AS"_s);
        QCOMPARE(license.current->companyName, u"Designteamet AS"_s);
        QCOMPARE(license.current->serialNr, u"1010000014"_s);
        QCOMPARE(license.current->licenseVersion, u"11.11"_s);
        QCOMPARE(license.current->deploymentType, 1);
        QCOMPARE(license.current->expiryDate->date(), QDate(2027, 3, 27));
        QCOMPARE(license.current->graceDate->date(), QDate(2027, 4, 8));
        QCOMPARE(license.current->adminWarningDate->date(), QDate(2027, 2, 27));
        QCOMPARE(license.current->moduleLicenses.size(), 8);
        QCOMPARE(license.accumulatedNextCheckDate->offsetFromUtc(), 2 * 3600);
        QCOMPARE(license.accumulatedNextCheckDate->date(), QDate(2026, 5, 14));

        QCOMPARE(license.extendedModuleLicenses.size(), 8);
        const ExtendedModuleLicense &user = license.extendedModuleLicenses.at(3);
        QCOMPARE(user.current->moduleName, u"user"_s);
        QVERIFY(user.current->licenseType.is(LicenseType::UserLicense));
        QVERIFY(user.current->allowedUserType.is(UserType::InternalAssociate));
        QCOMPARE(user.current->numberOfLicenses, 63);
        QCOMPARE(user.numberOfLicensesInUse, 57);
        QCOMPARE(*user.numberOfLicensesFree, SeatCount(6));
        QCOMPARE(user.current->prerequisiteModuleName, QString());
        QVERIFY(user.current->isHidden);
        const ExtendedModuleLicense &plan = license.extendedModuleLicenses.at(6);
        QCOMPARE(plan.current->moduleName, u"ten-sales"_s);
        QCOMPARE(plan.current->extraFlags, 1);
        QVERIFY(plan.current->extraInfo.startsWith(u"set=user,web,"_s));
    }

    void readsLicenseServerCandidate() {
        const auto parsed = parseExtendedLicenseInfo(TestFixtures::bytes("license-from-license-server.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        const ExtendedLicenseInfo &license = *parsed.value;
        QVERIFY(license.newLicense);
        QVERIFY(license.current);
        QCOMPARE(license.canBeActivated, false);
        QVERIFY(license.reason.contains(u"Remove 3 assignments"_s));
        QCOMPARE(license.extendedModuleLicenses.size(), 3);
        QVERIFY(!license.extendedModuleLicenses.at(0).current);
        QCOMPARE(license.extendedModuleLicenses.at(0).newLicense->moduleName, u"chat"_s);
        QCOMPARE(*license.extendedModuleLicenses.at(1).numberOfLicensesNewFree, SeatCount(-3));
    }

    void readsAllOwners() {
        const auto parsed = parseExtendedLicenseInfoList(TestFixtures::bytes("license-all-owners.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        QCOMPARE(parsed.value->size(), 2);
        QCOMPARE(parsed.value->at(0).ownerName(), u"SUPEROFFICE"_s);
        QCOMPARE(parsed.value->at(1).ownerName(), u"ACMEDOCS"_s);
        QCOMPARE(parsed.value->at(1).current->expiryDate->date(), QDate(2026, 12, 31));
        QCOMPARE(parsed.value->at(1).extendedModuleLicenses.at(1).numberOfLicensesInUse, 7);
    }

    void readsModuleLicense() {
        const auto parsed =
            parseModuleLicense(TestFixtures::bytes("module-license-superoffice-ten-sales.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        QCOMPARE(parsed.value->moduleName, u"ten-sales"_s);
        QCOMPARE(parsed.value->moduleDescription, u"Sales Premium"_s);
        QCOMPARE(parsed.value->numberOfLicenses, 21);
        QCOMPARE(parsed.value->sortOrder, 73);
    }

    void readsLicenseResultIgnoringCarrierHousekeeping() {
        const auto parsed = parseLicenseResult(TestFixtures::bytes("license-result.json"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        QCOMPARE(parsed.value->succeeded, true);
        QCOMPARE(parsed.value->reason, QString());

        const auto refused = parseLicenseResult(R"({"Succeeded":false,"Reason":"Signature mismatch"})");
        QVERIFY(refused.ok());
        QCOMPARE(refused.value->succeeded, false);
        QCOMPARE(refused.value->reason, u"Signature mismatch"_s);
    }

    void readsLicenseStatus_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("known");
        QTest::addColumn<int>("value");
        QTest::newRow("new license")
            << QByteArray(R"({"LicenseStatus":"NewLicenseAvailable","Message":"","Url":""})")
            << u"NewLicenseAvailable"_s << true << int(LicenseStatus::NewLicenseAvailable);
        QTest::newRow("problem") << QByteArray(R"({"LicenseStatus":"ProblemWithLicense"})")
                                 << u"ProblemWithLicense"_s << true << int(LicenseStatus::ProblemWithLicense);
        QTest::newRow("unknown name kept")
            << QByteArray(R"({"LicenseStatus":"QuantumLicense"})") << u"QuantumLicense"_s << false << -1;
    }

    void readsLicenseStatus() {
        QFETCH(QByteArray, body);
        QFETCH(QString, raw);
        QFETCH(bool, known);
        QFETCH(int, value);
        const auto parsed = parseCheckLicenseStatusResult(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        QCOMPARE(parsed.value->licenseStatus.raw, raw);
        QCOMPARE(parsed.value->licenseStatus.isKnown(), known);
        if (known)
            QCOMPARE(int(*parsed.value->licenseStatus.value), value);
    }

    void keepsUnknownEnumNamesRaw() {
        const QByteArray body = withValue(
            "license-superoffice.json", {u"ExtendedModuleLicenses"_s, u"0"_s, u"Current"_s, u"LicenseType"_s},
            u"GalacticLicense"_s);
        const auto parsed = parseExtendedLicenseInfo(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        const auto &type = parsed.value->extendedModuleLicenses.at(0).current->licenseType;
        QCOMPARE(type.raw, u"GalacticLicense"_s);
        QVERIFY(!type.isKnown());
    }

    void readsShopUrlString() {
        const auto parsed = parseJsonString("\"https://shop.example.com/buy?owner=SUPEROFFICE\"");
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed.value, u"https://shop.example.com/buy?owner=SUPEROFFICE"_s);
        QVERIFY(!parseJsonString("42").ok());
        QVERIFY(!parseJsonString("").ok());
    }

    void readsErrorBody() {
        const auto error = parseWebApiError(TestFixtures::bytes("error-not-found.json"));
        QVERIFY(error);
        QCOMPARE(error->errorType, u"SoNotFoundException"_s);
        QCOMPARE(error->errorMessage, u"Contact id 99999 not found"_s);
        QCOMPARE(error->errorSource, u"SuperOffice.Services.Implementation"_s);
        QVERIFY(!parseWebApiError("<html><body>Service Unavailable</body></html>"));
        QVERIFY(!parseWebApiError(""));
        QVERIFY(!parseWebApiError(R"({"Succeeded":true})"));
        QVERIFY(!parseWebApiError("[1,2]"));
        QVERIFY(!parseWebApiError(R"({"ErrorType":"","ErrorMessage":null})"));
        const auto messageOnly = parseWebApiError(R"({"ErrorMessage":"Licence server unreachable"})");
        QVERIFY(messageOnly);
        QCOMPARE(messageOnly->errorMessage, u"Licence server unreachable"_s);
    }

    // Inputs the fuzzers once broke the parsers with (scripts/fuzz); each must now parse cleanly or fail
    // cleanly.
    void replaysFuzzRegressions() {
        const QDir dir(QStringLiteral(LICENSEDESK_TEST_DATA "/fuzz-regressions"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const auto license = parseExtendedLicenseInfo(bytes);
            QCOMPARE(license.ok(), license.error.isNull());
            if (const auto error = parseWebApiError(bytes))
                QVERIFY2(!error->errorMessage.isEmpty() || !error->errorType.isEmpty(), qPrintable(name));
        }
    }

    void toleratesNullsMissingAndUnknownFields() {
        const auto parsed = parseExtendedLicenseInfo(
            R"({"Current":{"OwnerName":"X","CompanyName":null,"ExpiryDate":null,"Surprise":{"a":[1]}},)"
            R"("ExtendedModuleLicenses":null,"New":null})");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        QCOMPARE(parsed.value->current->ownerName, u"X"_s);
        QCOMPARE(parsed.value->current->companyName, QString());
        QVERIFY(!parsed.value->current->expiryDate);
        QVERIFY(parsed.value->extendedModuleLicenses.isEmpty());
        QCOMPARE(parsed.value->reason, QString());
    }

    void readsEmptyArrays() {
        const auto owners = parseExtendedLicenseInfoList("[]");
        QVERIFY(owners.ok());
        QVERIFY(owners.value->isEmpty());
        const auto license =
            parseExtendedLicenseInfo(R"({"ExtendedModuleLicenses":[],"Current":{"ModuleLicenses":[]}})");
        QVERIFY(license.ok());
        QVERIFY(license.value->current->moduleLicenses.isEmpty());
    }

    void parsesDateForms_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("never");
        QTest::addColumn<QDateTime>("expected");
        const QDate day(2021, 9, 13);
        QTest::newRow("offset, 7-digit fraction") << u"2021-09-13T03:24:52.0526089+02:00"_s << true << false
                                                  << QDateTime(day, QTime(3, 24, 52, 52), QTimeZone(7200));
        QTest::newRow("no offset") << u"2021-09-13T00:00:00"_s << true << false
                                   << QDateTime(day, QTime(0, 0));
        QTest::newRow("utc") << u"2021-09-13T10:00:00Z"_s << true << false
                             << QDateTime(day, QTime(10, 0), QTimeZone::utc());
        QTest::newRow("negative offset") << u"2021-09-13T10:00:00-05:30"_s << true << false
                                         << QDateTime(day, QTime(10, 0), QTimeZone(-(5 * 3600 + 1800)));
        QTest::newRow("date only") << u"2021-09-13"_s << true << false << QDateTime(day, QTime(0, 0));
        QTest::newRow("never") << u"0001-01-01T00:00:00"_s << true << true << QDateTime();
        QTest::newRow("never with offset") << u"0001-01-01T00:00:00+00:00"_s << true << true << QDateTime();
        QTest::newRow("month 13") << u"2021-13-01T00:00:00"_s << false << false << QDateTime();
        QTest::newRow("february 30") << u"2021-02-30T00:00:00"_s << false << false << QDateTime();
        QTest::newRow("hour 25") << u"2021-02-03T25:00:00"_s << false << false << QDateTime();
        QTest::newRow("words") << u"next tuesday"_s << false << false << QDateTime();
        QTest::newRow("empty") << QString() << false << false << QDateTime();
    }

    void parsesDateForms() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, never);
        QFETCH(QDateTime, expected);
        LicenseDate date = QDateTime::currentDateTime();
        QCOMPARE(parseLicenseDate(text, date), valid);
        if (!valid)
            return;
        QCOMPARE(!date.has_value(), never);
        if (!never) {
            QCOMPARE(*date, expected);
            QCOMPARE(date->offsetFromUtc(), expected.offsetFromUtc());
        }
    }

    void absentExpiryMeansNever() {
        const auto parsed = parseExtendedLicenseInfo(R"({"Current":{"OwnerName":"X"}})");
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value->current->expiryDate);
    }

    void namesFieldPathOfWrongType_data() {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("count as string")
            << QStringList{u"ExtendedModuleLicenses"_s, u"3"_s, u"NumberOfLicensesInUse"_s}
            << QJsonValue(u"57"_s) << u"ExtendedModuleLicenses[3].NumberOfLicensesInUse: expected a number"_s;
        QTest::newRow("fractional count")
            << QStringList{u"ExtendedModuleLicenses"_s, u"1"_s, u"NumberOfLicensesTotal"_s} << QJsonValue(1.5)
            << u"ExtendedModuleLicenses[1].NumberOfLicensesTotal: expected a whole number between 0 and 10000000"_s;
        QTest::newRow("huge count")
            << QStringList{u"Current"_s, u"ModuleLicenses"_s, u"2"_s, u"NumberOfLicenses"_s}
            << QJsonValue(1e20)
            << u"Current.ModuleLicenses[2].NumberOfLicenses: expected a whole number between 0 and 10000000"_s;
        QTest::newRow("absurd count")
            << QStringList{u"ExtendedModuleLicenses"_s, u"2"_s, u"NumberOfLicensesInUse"_s}
            << QJsonValue(10'000'001)
            << u"ExtendedModuleLicenses[2].NumberOfLicensesInUse: expected a whole number between 0 and 10000000"_s;
        QTest::newRow("negative count")
            << QStringList{u"Current"_s, u"ModuleLicenses"_s, u"0"_s, u"NumberOfLicenses"_s}
            << QJsonValue(-2147483648.0)
            << u"Current.ModuleLicenses[0].NumberOfLicenses: expected a whole number between 0 and 10000000"_s;
        QTest::newRow("flags beyond int")
            << QStringList{u"Current"_s, u"ExtraFlags"_s} << QJsonValue(1e10)
            << u"Current.ExtraFlags: expected a whole number between -2147483648 and 2147483647"_s;
        QTest::newRow("bool as number") << QStringList{u"CanBeActivated"_s} << QJsonValue(1)
                                        << u"CanBeActivated: expected true or false"_s;
        QTest::newRow("date as number")
            << QStringList{u"Current"_s, u"ExpiryDate"_s} << QJsonValue(20270327)
            << u"Current.ExpiryDate: expected a date such as 2027-03-27T00:00:00"_s;
        QTest::newRow("bad date text") << QStringList{u"Current"_s, u"GraceDate"_s} << QJsonValue(u"soon"_s)
                                       << u"Current.GraceDate: expected a date such as 2027-03-27T00:00:00"_s;
        QTest::newRow("object as array")
            << QStringList{u"ExtendedModuleLicenses"_s} << QJsonValue(QJsonObject())
            << u"ExtendedModuleLicenses: expected an array"_s;
        QTest::newRow("array element not object")
            << QStringList{u"ExtendedModuleLicenses"_s, u"2"_s} << QJsonValue(7)
            << u"ExtendedModuleLicenses[2]: expected an object"_s;
        QTest::newRow("nested object as string")
            << QStringList{u"ExtendedModuleLicenses"_s, u"0"_s, u"Current"_s} << QJsonValue(u"server"_s)
            << u"ExtendedModuleLicenses[0].Current: expected an object"_s;
        QTest::newRow("name as number")
            << QStringList{u"Current"_s, u"ModuleLicenses"_s, u"0"_s, u"ModuleName"_s} << QJsonValue(5)
            << u"Current.ModuleLicenses[0].ModuleName: expected a string"_s;
        QTest::newRow("enum as number")
            << QStringList{u"ExtendedModuleLicenses"_s, u"4"_s, u"Current"_s, u"LicenseType"_s}
            << QJsonValue(3) << u"ExtendedModuleLicenses[4].Current.LicenseType: expected a string"_s;
    }

    void namesFieldPathOfWrongType() {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const auto parsed = parseExtendedLicenseInfo(withValue("license-superoffice.json", path, value));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error.toString(), expected);
    }

    void nullBodyMeansNothingFound() {
        const auto license = parseExtendedLicenseInfo(" null "_ba);
        QVERIFY(!license.ok());
        QVERIFY(license.error.nullBody);
        QVERIFY(parseModuleLicense("null"_ba).error.nullBody);
        QVERIFY(!parseExtendedLicenseInfo("[]"_ba).error.nullBody);
    }

    void bodyWithNoneOfTheFieldsIsMalformed_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty object") << "{}"_ba << u"none of the expected fields, such as Reason"_s;
        QTest::newRow("camelCase keys")
            << R"({"reason":"","canBeActivated":true,"current":{"ownerName":"X"},"extendedModuleLicenses":[]})"_ba
            << u"none of the expected fields, such as Reason"_s;
        QTest::newRow("empty nested license")
            << R"({"Reason":"","Current":{}})"_ba << u"Current: none of the expected fields, such as CompanyName"_s;
    }
    void bodyWithNoneOfTheFieldsIsMalformed() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto parsed = parseExtendedLicenseInfo(body);
        QVERIFY(!parsed.ok());
        QVERIFY(!parsed.error.nullBody);
        QCOMPARE(parsed.error.toString(), expected);
    }

    void nextCheckIsTheAccumulatedDateFirst() {
        const auto both = parseExtendedLicenseInfo(
            R"({"Current":{"NextCheckDate":"2027-01-10T00:00:00"},"AccumulatedNextCheckDate":"2026-12-20T00:00:00"})"_ba);
        QVERIFY(both.ok());
        QCOMPARE(both.value->nextCheckDate()->date(), QDate(2026, 12, 20));
        const auto storedOnly = parseExtendedLicenseInfo(R"({"Current":{"NextCheckDate":"2027-01-10T00:00:00"}})"_ba);
        QVERIFY(storedOnly.ok());
        QCOMPARE(storedOnly.value->nextCheckDate()->date(), QDate(2027, 1, 10));
    }

    void namesIndexInOwnerList() {
        const QByteArray body =
            withValue("license-all-owners.json", {u"1"_s, u"Current"_s, u"SerialNr"_s}, 1010);
        const auto parsed = parseExtendedLicenseInfoList(body);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error.toString(), u"[1].Current.SerialNr: expected a string"_s);
    }

    void rejectsNonJson_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("empty") << QByteArray() << u"the response is empty"_s;
        QTest::newRow("blank") << QByteArray("  \r\n") << u"the response is empty"_s;
        QTest::newRow("html") << QByteArray("<html><body>Bad gateway</body></html>")
                              << u"malformed JSON at byte 1: illegal value"_s;
        QTest::newRow("truncated") << TestFixtures::bytes("license-superoffice.json").left(500)
                                   << u"malformed JSON at byte"_s;
        QTest::newRow("array for object") << QByteArray("[]") << u"expected a JSON object"_s;
        QTest::newRow("invalid utf-8")
            << QByteArray("{\"Reason\":\"\xff\xfe\xc3\x28\"}") << u"malformed JSON at byte"_s;
        QTest::newRow("deep nesting")
            << (QByteArray(100000, '[') + QByteArray(100000, ']')) << u"malformed JSON"_s;
    }

    void rejectsNonJson() {
        QFETCH(QByteArray, body);
        QFETCH(QString, messageStart);
        const auto parsed = parseExtendedLicenseInfo(body);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.toString().startsWith(messageStart), qPrintable(parsed.error.toString()));
    }

    void rejectsObjectForList() {
        const auto parsed = parseExtendedLicenseInfoList(TestFixtures::bytes("license-superoffice.json"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error.toString(), u"expected a JSON array"_s);
    }

    void keepsDeepButValidNestingInUnknownFields() {
        QByteArray nested = "1";
        for (int i = 0; i < 200; ++i)
            nested = "{\"x\":" + nested + "}";
        const auto parsed = parseExtendedLicenseInfo("{\"Unknown\":" + nested + ",\"Reason\":\"ok\"}");
        QVERIFY2(parsed.ok(), qPrintable(parsed.error.toString()));
        QCOMPARE(parsed.value->reason, u"ok"_s);
    }
};

QTEST_GUILESS_MAIN(TestLicenseParser)
#include "tst_licenseparser.moc"

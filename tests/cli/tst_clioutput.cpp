// The CLI's output shapes: aligned tables that fit, RFC 4180 CSV, JSON from core's facts, verification.
#include "ActivationCheck.h"
#include "Countdown.h"
#include "CsvWriter.h"
#include "ErrorReport.h"
#include "Fixtures.h"
#include "JsonReport.h"
#include "LicenseParser.h"
#include "ReportWriter.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Cli;
using namespace Qt::StringLiterals;

namespace {

QJsonObject moduleNamed(const QJsonArray &modules, const QString &name) {
    for (const QJsonValue &m : modules) {
        if (m.toObject().value(u"name"_s).toString() == name)
            return m.toObject();
    }
    return {};
}

} // namespace

class TestCliOutput : public QObject {
    Q_OBJECT

private slots:
    void moduleJsonShowsTheServersNumberAndListsTheMismatch() {
        ExtendedModuleLicense row;
        ModuleLicense current;
        current.moduleName = u"sale"_s;
        current.numberOfLicenses = 576;
        row.current = current;
        row.numberOfLicensesInUse = 458;
        row.numberOfLicensesFree = 177;
        const QJsonObject json = JsonReport::module(moduleFacts(row, false));
        QCOMPARE(json.value(u"free"_s).toInteger(), 177);
        const QJsonArray mismatch = json.value(u"mismatch"_s).toArray();
        QCOMPARE(mismatch.size(), qsizetype(1));
        QCOMPARE(mismatch.first().toObject(),
                 (QJsonObject{{u"field"_s, u"free"_s}, {u"server"_s, 177}, {u"computed"_s, 118}}));
    }

    void tableAlignsNumbersRightAndTextLeft() {
        TextTable table({{u"Name"_s}, {u"Count"_s, TextTable::Align::Right}});
        table.addRow({u"a"_s, u"5"_s});
        table.addRow({u"longer"_s, u"12345"_s});
        const QStringList lines = table.render().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], u"Name    Count"_s);
        QCOMPARE(lines[1], u"------  -----"_s);
        QCOMPARE(lines[2], u"a           5"_s);
        QCOMPARE(lines[3], u"longer  12345"_s);
    }

    void tableShrinksTheDescriptionWithAnEllipsisToFitTheWidth() {
        TextTable table({{u"Module"_s},
                         {u"Description"_s, TextTable::Align::Left, true},
                         {u"Total"_s, TextTable::Align::Right}});
        table.addRow({u"ten-sales"_s, u"A very long description that will not fit"_s, u"21"_s});
        table.addRow({u"chat"_s, u"Chat"_s, u"1"_s});
        const QString out = table.render(40);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            QVERIFY2(TextTable::displayWidth(line) <= 40, qPrintable(line));
        QVERIFY(lines[2].contains(u"\u2026"_s));
        QVERIFY(lines[2].endsWith(u"21"_s));
        QCOMPARE(lines[2].size(), lines[3].size()); // right-aligned totals end in the same column
        QVERIFY(!out.contains(u"A very long description that will not fit"_s));
        // Without a limit nothing is cut.
        QVERIFY(table.render(0).contains(u"A very long description that will not fit"_s));
    }

    void measuresWideCharactersAsTwoColumns() {
        QCOMPARE(TextTable::displayWidth(u"abc"_s), 3);
        QCOMPARE(TextTable::displayWidth(u"\u65E5\u672C"_s), 4);
        QCOMPARE(TextTable::displayWidth(u"e\u0301"_s), 1);
        QCOMPARE(TextTable::elide(u"Leverand\u00F8rer"_s, 6), u"Lever\u2026"_s);
        QCOMPARE(TextTable::elide(u"short"_s, 6), u"short"_s);
    }

    void csvQuotesAsRfc4180Says() {
        QCOMPARE(CsvWriter::field(u"plain"_s), u"plain"_s);
        QCOMPARE(CsvWriter::field(u"a,b"_s), u"\"a,b\""_s);
        QCOMPARE(CsvWriter::field(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
        QCOMPARE(CsvWriter::field(u"two\nlines"_s), u"\"two\nlines\""_s);
        QCOMPARE(CsvWriter::record({u"a"_s, u""_s, u"c,d"_s}), u"a,,\"c,d\"\r\n"_s);
        // Server text that a spreadsheet would run as a formula is neutralised; numbers are not.
        const QJsonObject hostile{{u"d"_s, u"=HYPERLINK(\"x\")"_s}, {u"p"_s, u"+1"_s}, {u"m"_s, u"-2"_s},
                                  {u"a"_s, u"@SUM(A1)"_s}, {u"t"_s, u"\tx"_s}, {u"r"_s, u"\rx"_s},
                                  {u"n"_s, -3}};
        QCOMPARE(CsvWriter::table({u"d"_s, u"p"_s, u"m"_s, u"a"_s, u"t"_s, u"r"_s, u"n"_s}, {hostile}),
                 u"d,p,m,a,t,r,n\r\n\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),'\tx,\"'\rx\",-3\r\n"_s);
        const QJsonObject row{
            {u"n"_s, 3}, {u"b"_s, true}, {u"s"_s, QJsonValue()}, {u"l"_s, QJsonArray{u"x"_s, u"y"_s}}};
        QCOMPARE(CsvWriter::table({u"n"_s, u"b"_s, u"s"_s, u"l"_s}, {row}), u"n,b,s,l\r\n3,true,,x;y\r\n"_s);
    }

    void previewJsonCarriesCoreFactsForEveryModule() {
        const ExtendedLicenseInfo info = TestFixtures::license("license-from-license-server.json");
        const ActivationPreview preview = activationPreview(info);
        const QJsonObject json = JsonReport::preview(info, preview, QDate(2026, 11, 23));
        QCOMPARE(json.value(u"owner"_s).toString(), u"SUPEROFFICE"_s);
        QCOMPARE(json.value(u"company"_s).toString(), u"Designteamet AS"_s);
        QCOMPARE(json.value(u"serial"_s).toString(), u"1010000014"_s);
        QCOMPARE(json.value(u"expiry"_s).toString(), u"2027-03-27T00:00:00"_s);
        QCOMPARE(json.value(u"canBeActivated"_s).toBool(), false);
        QVERIFY(json.value(u"reason"_s).toString().startsWith(u"Sales Premium"_s));
        QCOMPARE(json.value(u"verdict"_s).toString(), u"blocked"_s);
        const QJsonArray modules = json.value(u"modules"_s).toArray();
        QCOMPARE(modules.size(), info.extendedModuleLicenses.size());
        const QJsonObject sales = moduleNamed(modules, u"ten-sales"_s);
        for (const char *key : {"name", "description", "licenseType", "total", "inUse", "free", "newTotal",
                                "newFree", "added", "unrestricted", "hidden", "userPlan"})
            QVERIFY2(sales.contains(QLatin1StringView(key)), key);
        QCOMPARE(sales.value(u"total"_s).toInt(), 21);
        QCOMPARE(sales.value(u"inUse"_s).toInt(), 18);
        QCOMPARE(sales.value(u"newTotal"_s).toInt(), 15);
        QCOMPARE(sales.value(u"newFree"_s).toInt(), -3);
        QCOMPARE(sales.value(u"added"_s).toInt(), -6);
        QCOMPARE(sales.value(u"seatsToFree"_s).toInt(), 3);
        QCOMPARE(sales.value(u"userPlan"_s).toBool(), true);
        QCOMPARE(sales.value(u"licenseType"_s).toString(), u"UserLicense"_s);
        QCOMPARE(moduleNamed(modules, u"chat"_s).value(u"change"_s).toString(), u"gained"_s);
        const QJsonArray blocking = json.value(u"blocking"_s).toArray();
        QCOMPARE(blocking.size(), 1);
        QCOMPARE(blocking[0].toObject().value(u"name"_s).toString(), u"ten-sales"_s);
    }

    void permanentExpiryIsNullInJsonAndNeverInTables() {
        ExtendedLicenseInfo info = TestFixtures::license("license-superoffice.json");
        info.current->expiryDate.reset();
        const QJsonObject json = JsonReport::license(info, QDate(2026, 11, 23));
        QVERIFY(json.value(u"expiry"_s).isNull());
        QCOMPARE(json.value(u"expiryState"_s).toString(), u"permanent"_s);
        const QString table = ReportWriter(OutputFormat::Table, 0, QDate(2026, 11, 23)).license(info);
        QVERIFY(table.contains(u"Permanent"_s));
    }

    void expiryCountdownUsesTheWindowsWording() {
        const ExtendedLicenseInfo info = TestFixtures::license("license-superoffice.json");
        const QDate expiry = info.current->expiryDate->date();
        const QString onTheDay = ReportWriter(OutputFormat::Table, 0, expiry).license(info);
        QVERIFY2(onTheDay.contains(u", today)"_s), qPrintable(onTheDay));
        const QString before = ReportWriter(OutputFormat::Table, 0, expiry.addDays(-3)).license(info);
        QVERIFY2(before.contains(Countdown::days(3)), qPrintable(before));
        QVERIFY(before.contains(expiry.toString(Qt::ISODate)));
    }

    void csvOfALicenseHasAHeaderAndOneRowPerModule() {
        const ExtendedLicenseInfo info = TestFixtures::license("license-superoffice.json");
        const QString csv = ReportWriter(OutputFormat::Csv, 0, QDate(2026, 11, 23)).license(info);
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), JsonReport::moduleKeys().join(u','));
        QCOMPARE(lines.size(), info.extendedModuleLicenses.size() + 1);
        QVERIFY(lines[1].startsWith(u"SUPEROFFICE,"_s));
    }

    void verificationNamesModulesWhoseStoredTotalDiffers() {
        const ExtendedLicenseInfo info = TestFixtures::license("license-from-license-server.json");
        const ActivationPreview preview = activationPreview(info);
        QList<ModuleFacts> stored;
        for (const ModuleFacts &m : preview.modules) {
            ModuleFacts s = m;
            s.total = m.newTotal;
            stored.append(s);
        }
        QVERIFY(ActivationCheck::mismatches(preview, stored).isEmpty());
        stored[1].total += 1;
        const QStringList mismatches = ActivationCheck::mismatches(preview, stored);
        QCOMPARE(mismatches.size(), 1);
        QVERIFY(mismatches.first().startsWith(stored[1].name));
        stored.removeFirst();
        QCOMPARE(ActivationCheck::mismatches(preview, stored).size(), 2);
    }

    void errorLinesNeverShowAnHtmlPage() {
        ApiError error;
        error.category = ErrorCategory::NotFound;
        error.userMessage = u"The server does not know this owner."_s;
        error.serverError = WebApiError{u"SoNotFoundException"_s, u"Owner NOPE not found"_s, u"x"_s};
        QCOMPARE(ErrorReport::lines(error), (QStringList{u"The server does not know this owner."_s,
                                                         u"The server says: Owner NOPE not found"_s}));
        error.serverError->errorMessage = u"<html><body>Oops</body></html>"_s;
        QCOMPARE(ErrorReport::lines(error).size(), 1);
        error.category = ErrorCategory::BadResponse;
        error.serverError.reset();
        error.details = u"ExtendedModuleLicenses[0].NumberOfLicensesInUse: expected a number"_s;
        QCOMPARE(ErrorReport::lines(error).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"

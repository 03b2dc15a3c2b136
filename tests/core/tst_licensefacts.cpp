// Derived license facts: seats, user plans, blocking modules, changes, expiry and next check.
#include "Fixtures.h"
#include "LicenseFacts.h"
#include "LicenseParser.h"

#include <QTest>

using namespace LicenseDesk;
using namespace Qt::StringLiterals;

namespace {

const ModuleFacts &byName(const QList<ModuleFacts> &modules, const QString &name) {
    for (const ModuleFacts &m : modules) {
        if (m.name == name)
            return m;
    }
    qFatal("no module %s", qPrintable(name));
}

ModuleLicense row(const QString &name, int count, bool unrestricted = false) {
    ModuleLicense m;
    m.moduleName = name;
    m.numberOfLicenses = count;
    m.unrestricted = unrestricted;
    return m;
}

LicenseInfo datedLicense(QDate warning, QDate expiry, QDate grace) {
    LicenseInfo l;
    l.adminWarningDate = QDateTime(warning, QTime(0, 0));
    l.expiryDate = QDateTime(expiry, QTime(0, 0));
    l.graceDate = QDateTime(grace, QTime(0, 0));
    return l;
}

} // namespace

class TestLicenseFacts final : public QObject {
    Q_OBJECT

private slots:
    // The numbers of the seed document's GET sample: the server's own are shown, not recomputed.
    void showsTheServersNumbersAndNotesWhereTheyDisagree() {
        ExtendedModuleLicense module;
        // Before, the CLI printed the arithmetic: free 118, new total 576, new free 118, added 0.
        module.current = row(u"sale"_s, 576);
        module.newLicense = row(u"sale"_s, 576);
        module.numberOfLicensesInUse = 458;
        module.numberOfLicensesFree = 177;
        module.numberOfLicensesAdded = 985;
        module.numberOfLicensesNewTotal = 331;
        module.numberOfLicensesNewFree = 571;
        const ModuleFacts facts = moduleFacts(module, true);
        QCOMPARE(facts.inUse, SeatCount(458));
        QCOMPARE(facts.free, SeatCount(177));
        QCOMPARE(facts.added, SeatCount(985));
        QCOMPARE(facts.newTotal, SeatCount(331));
        QCOMPARE(facts.newFree, SeatCount(571));
        QStringList keys;
        for (const SeatMismatch &m : facts.mismatches)
            keys << m.key + u'=' + QString::number(m.server) + u'/' + QString::number(m.computed);
        QCOMPARE(keys, (QStringList{u"free=177/118"_s, u"newFree=571/118"_s, u"newTotal=331/576"_s,
                                    u"added=985/0"_s}));
    }

    void computesOnlyWhatTheServerLeftOut() {
        ExtendedModuleLicense module;
        module.current = row(u"sale"_s, 20);
        module.numberOfLicensesInUse = 18;
        const ModuleFacts facts = moduleFacts(module, false);
        QCOMPARE(facts.free, SeatCount(2));
        QCOMPARE(facts.newTotal, SeatCount(20));
        QVERIFY(facts.mismatches.isEmpty());
    }

    void countsFreeSeatsOfStoredLicense() {
        const QList<ModuleFacts> modules = moduleFacts(TestFixtures::license("license-superoffice.json"));
        QCOMPARE(modules.size(), 8);
        const ModuleFacts &user = byName(modules, u"user"_s);
        QCOMPARE(user.total, 63);
        QCOMPARE(user.inUse, 57);
        QCOMPARE(user.free, 6);
        QCOMPARE(user.newTotal, 63);
        QCOMPARE(user.added, 0);
        QCOMPARE(user.change, ModuleChange::None);
        QVERIFY(user.hidden);
        QVERIFY(!user.userPlan);
        QVERIFY(!user.overUsed);
        QCOMPARE(user.seatsToFree, 0);
    }

    void unrestrictedModuleIsNeverOverUsed() {
        const ModuleFacts visibleFor =
            byName(moduleFacts(TestFixtures::license("license-superoffice.json")), u"visible-for"_s);
        QVERIFY(visibleFor.unrestricted);
        QCOMPARE(visibleFor.inUse, 57);
        QCOMPARE(visibleFor.total, 1);
        QCOMPARE(visibleFor.free, 0);
        QVERIFY(!visibleFor.overUsed);
    }

    void restrictedModuleOverUsed() {
        ExtendedModuleLicense m;
        m.current = row(u"web"_s, 5);
        m.numberOfLicensesInUse = 7;
        const ModuleFacts facts = moduleFacts(m, false);
        QVERIFY(facts.overUsed);
        QCOMPARE(facts.free, -2);
    }

    void userPlanGrantsItsSet() {
        const ModuleFacts plan =
            byName(moduleFacts(TestFixtures::license("license-superoffice.json")), u"ten-sales"_s);
        QVERIFY(plan.userPlan);
        QVERIFY(!plan.hidden);
        QCOMPARE(plan.grantedModules.size(), 18);
        QCOMPARE(plan.grantedModules.first(), u"user"_s);
        QVERIFY(plan.grantedModules.contains(u"sale-cal"_s));
        QCOMPARE(plan.grantedModules.last(), u"selection-combined-cal"_s);
    }

    void parsesSetLists_data() {
        QTest::addColumn<QString>("extraInfo");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << u"set=user,web"_s << QStringList{u"user"_s, u"web"_s};
        QTest::newRow("spaces and empties") << u" set= user, ,web ,"_s << QStringList{u"user"_s, u"web"_s};
        QTest::newRow("with other parts") << u"tier=2;set=user,t2"_s << QStringList{u"user"_s, u"t2"_s};
        QTest::newRow("none") << QString() << QStringList();
        QTest::newRow("other text") << u"settings=1"_s << QStringList();
    }

    void parsesSetLists() {
        QFETCH(QString, extraInfo);
        QFETCH(QStringList, expected);
        QCOMPARE(userPlanGrants(extraInfo), expected);
    }

    void previewFindsBlockingGainedAndIncreased() {
        const ActivationPreview preview =
            activationPreview(TestFixtures::license("license-from-license-server.json"));
        QCOMPARE(preview.verdict, ActivationVerdict::Blocked);
        QCOMPARE(preview.serverAllows, false);
        QCOMPARE(preview.changed.size(), 3);
        QCOMPARE(preview.blocking.size(), 1);
        QCOMPARE(preview.blocking.first().name, u"ten-sales"_s);
        QCOMPARE(preview.blocking.first().seatsToFree, 3);
        QCOMPARE(preview.blocking.first().newFree, -3);
        QCOMPARE(preview.blocking.first().added, -6);
        QCOMPARE(preview.blocking.first().change, ModuleChange::Decreased);

        const ModuleFacts &chat = byName(preview.modules, u"chat"_s);
        QCOMPARE(chat.change, ModuleChange::Gained);
        QCOMPARE(chat.total, 0);
        QCOMPARE(chat.newTotal, 1);
        QCOMPARE(chat.added, 1);

        const ModuleFacts &service = byName(preview.modules, u"ten-service"_s);
        QCOMPARE(service.change, ModuleChange::Increased);
        QCOMPARE(service.added, 5);
        QCOMPARE(service.newFree, 8);
        QCOMPARE(service.seatsToFree, 0);
    }

    void previewAllowsWhenNothingBlocks() {
        ExtendedLicenseInfo license = TestFixtures::license("license-from-license-server.json");
        license.extendedModuleLicenses[1].newLicense->numberOfLicenses = 30; // ten-sales grows instead
        license.canBeActivated = true;
        const ActivationPreview preview = activationPreview(license);
        QCOMPARE(preview.verdict, ActivationVerdict::Allowed);
        QVERIFY(preview.blocking.isEmpty());
        QCOMPARE(preview.changed.size(), 3);
    }

    void previewTrustsServerRefusalEvenWithoutBlockingModule() {
        ExtendedLicenseInfo license = TestFixtures::license("license-from-license-server.json");
        license.extendedModuleLicenses[1].newLicense->numberOfLicenses = 30;
        license.canBeActivated = false;
        license.reason = u"Serial number mismatch"_s;
        const ActivationPreview preview = activationPreview(license);
        QCOMPARE(preview.verdict, ActivationVerdict::Blocked);
        QVERIFY(preview.blocking.isEmpty());
        QVERIFY(LicenseTexts::verdict(preview).contains(u"Serial number mismatch"_s));
    }

    void previewMarksDroppedModule() {
        ExtendedLicenseInfo license = TestFixtures::license("license-from-license-server.json");
        ExtendedModuleLicense &module = license.extendedModuleLicenses[2];
        module.newLicense.reset();
        module.numberOfLicensesInUse = 0;
        module.numberOfLicensesNewTotal = module.numberOfLicensesNewFree = module.numberOfLicensesAdded = std::nullopt;
        const ModuleFacts dropped = byName(activationPreview(license).modules, u"ten-service"_s);
        QCOMPARE(dropped.change, ModuleChange::Dropped);
        QCOMPARE(dropped.newTotal, 0);
        QCOMPARE(dropped.added, -42);
    }

    void droppedModuleInUseBlocks() {
        ExtendedLicenseInfo license = TestFixtures::license("license-from-license-server.json");
        license.extendedModuleLicenses[2].newLicense.reset();
        const ActivationPreview preview = activationPreview(license);
        const ModuleFacts &dropped = byName(preview.blocking, u"ten-service"_s);
        QCOMPARE(dropped.seatsToFree, 39);
    }

    void unrestrictedNeverBlocks() {
        ExtendedLicenseInfo license;
        license.current = LicenseInfo{};
        license.newLicense = LicenseInfo{};
        license.canBeActivated = true;
        ExtendedModuleLicense m;
        m.current = row(u"visible-for"_s, 1, true);
        m.newLicense = row(u"visible-for"_s, 1, true);
        m.numberOfLicensesInUse = 40;
        license.extendedModuleLicenses.append(m);
        const ActivationPreview preview = activationPreview(license);
        QVERIFY(preview.blocking.isEmpty());
        QCOMPARE(preview.verdict, ActivationVerdict::NoChange);
    }

    void noCandidateWithoutNewLicense() {
        QCOMPARE(activationPreview(TestFixtures::license("license-superoffice.json")).verdict,
                 ActivationVerdict::NoCandidate);
    }

    void expiryStates_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<ExpiryState>("expected");
        QTest::newRow("long before") << QDate(2026, 6, 1) << ExpiryState::Valid;
        QTest::newRow("day before warning") << QDate(2027, 2, 26) << ExpiryState::Valid;
        QTest::newRow("warning starts") << QDate(2027, 2, 27) << ExpiryState::AdminWarning;
        QTest::newRow("expiry day") << QDate(2027, 3, 27) << ExpiryState::AdminWarning;
        QTest::newRow("day after expiry") << QDate(2027, 3, 28) << ExpiryState::ExpiredInGrace;
        QTest::newRow("grace day") << QDate(2027, 4, 8) << ExpiryState::ExpiredInGrace;
        QTest::newRow("after grace") << QDate(2027, 4, 9) << ExpiryState::PastGrace;
    }

    void expiryStates() {
        QFETCH(QDate, today);
        QFETCH(ExpiryState, expected);
        const LicenseInfo license = datedLicense(QDate(2027, 2, 27), QDate(2027, 3, 27), QDate(2027, 4, 8));
        QCOMPARE(expiryState(license, today), expected);
    }

    void permanentLicenseNeverExpires() {
        LicenseInfo license = datedLicense(QDate(2020, 1, 1), QDate(2020, 2, 1), QDate(2020, 3, 1));
        license.expiryDate.reset();
        QCOMPARE(expiryState(license, QDate(2099, 1, 1)), ExpiryState::Permanent);
        ExtendedLicenseInfo owner;
        owner.current = license;
        QCOMPARE(ownerHealth(owner, QDate(2099, 1, 1)), OwnerHealth::Ok);
    }

    void expiredWithoutGraceIsPastGrace() {
        LicenseInfo license = datedLicense(QDate(2020, 1, 1), QDate(2020, 2, 1), QDate());
        license.graceDate.reset();
        QCOMPARE(expiryState(license, QDate(2020, 2, 2)), ExpiryState::PastGrace);
    }

    void countsDaysUntil() {
        QCOMPARE(daysUntil(QDateTime(QDate(2027, 3, 27), QTime(0, 0)), QDate(2027, 3, 20)), 7);
        QCOMPARE(daysUntil(QDateTime(QDate(2027, 3, 27), QTime(0, 0)), QDate(2027, 3, 29)), -2);
        QVERIFY(!daysUntil(std::nullopt, QDate(2027, 3, 29)));
    }

    void nextCheckDueOrOverdue() {
        const QDateTime now(QDate(2026, 5, 14), QTime(12, 0));
        QCOMPARE(nextCheckState(std::nullopt, now), NextCheckState::NotScheduled);
        QCOMPARE(nextCheckState(now.addDays(3), now), NextCheckState::Scheduled);
        QCOMPARE(nextCheckState(now.addSecs(-60), now), NextCheckState::Overdue);
    }

    void ownerHealthRanksUrgency() {
        ExtendedLicenseInfo owner = TestFixtures::license("license-superoffice.json");
        QCOMPARE(ownerHealth(owner, QDate(2026, 6, 1)), OwnerHealth::Ok);
        QCOMPARE(ownerHealth(owner, QDate(2026, 6, 1), true), OwnerHealth::NewLicenseAvailable);
        QCOMPARE(ownerHealth(owner, QDate(2027, 3, 1), true), OwnerHealth::Expiring);
        QCOMPARE(ownerHealth(owner, QDate(2027, 3, 30)), OwnerHealth::Expired);
        owner.extendedModuleLicenses[3].numberOfLicensesInUse = 70; // user: 63 licensed
        QCOMPARE(ownerHealth(owner, QDate(2026, 6, 1)), OwnerHealth::Problem);
        owner.current.reset();
        QCOMPARE(ownerHealth(owner, QDate(2026, 6, 1)), OwnerHealth::Problem);
    }
};

QTEST_GUILESS_MAIN(TestLicenseFacts)
#include "tst_licensefacts.moc"

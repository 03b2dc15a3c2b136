// OwnerListModel: owner rows, health badges and refresh without reset.
#include "Fixtures.h"
#include "OwnerListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace LicenseDesk;

class TestOwnerListModel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<OwnerListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    const QDate m_today{2026, 3, 1};

    OwnerHealth health(int row) const {
        return OwnerHealth(m_model->index(row).data(OwnerListModel::HealthRole).toInt());
    }

private slots:
    void init() {
        m_model = std::make_unique<OwnerListModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setOwners(ownerFacts(TestFixtures::owners("license-all-owners.json")), m_today);
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
    }

    void listsOwnersByDescriptionWithCodeName() {
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("SuperOffice AS"));
        QCOMPARE(m_model->index(0).data(OwnerListModel::OwnerNameRole).toString(),
                 QStringLiteral("SUPEROFFICE"));
        QCOMPARE(m_model->rowOf(QStringLiteral("ACMEDOCS")), 1);
        QCOMPARE(m_model->rowOf(QStringLiteral("NOPE")), -1);
    }

    void badgesFollowCoreOwnerHealth() {
        QCOMPARE(health(0), OwnerHealth::Ok);
        QCOMPARE(m_model->index(0).data(OwnerListModel::HealthTextRole).toString(), QStringLiteral("OK"));
        m_model->setOwners(ownerFacts(TestFixtures::owners("license-all-owners.json")), QDate(2026, 12, 10));
        QCOMPARE(health(1), OwnerHealth::Expiring);
        m_model->setOwners(ownerFacts(TestFixtures::owners("license-all-owners.json")), QDate(2027, 1, 5));
        QCOMPARE(health(1), OwnerHealth::Expired);
        QVERIFY(!m_model->index(1).data(Qt::DecorationRole).isNull());
    }

    void showsNewLicenseAvailableBadge() {
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setNewLicenseAvailable(QStringLiteral("ACMEDOCS"), true, m_today);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(health(1), OwnerHealth::NewLicenseAvailable);
        m_model->setNewLicenseAvailable(QStringLiteral("ACMEDOCS"), false, m_today);
        QCOMPARE(health(1), OwnerHealth::Ok);
    }

    void refreshWithSameOwnersChangesDataWithoutReset() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setOwners(ownerFacts(TestFixtures::owners("license-all-owners.json")), m_today);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QVERIFY(changes.first().at(2).value<QList<int>>().contains(OwnerListModel::HealthRole));
    }

    void differentOwnersResetTheModel() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setOwners({ownerFacts(TestFixtures::license("license-superoffice.json"))}, m_today);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(m_model->rowCount(), 1);
    }

    void keepsEachOwnersModuleFactsForTheModuleTable() {
        const ExtendedLicenseInfo acme = TestFixtures::owners("license-all-owners.json").at(1);
        const OwnerFacts *row = m_model->ownerAt(1);
        QVERIFY(row);
        QCOMPARE(row->license.ownerName(), acme.ownerName());
        QCOMPARE(row->modules.size(), moduleFacts(acme).size());
        QVERIFY(!row->modules.isEmpty());
        QCOMPARE(row->modules.first().name, moduleFacts(acme).first().name);
        QVERIFY(!m_model->ownerAt(2));
    }

    void marksStaleDataInTooltip() {
        m_model->setStale(true);
        QVERIFY(m_model->index(0).data(OwnerListModel::StaleRole).toBool());
        QVERIFY(m_model->index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("last data")));
    }
};

QTEST_MAIN(TestOwnerListModel)
#include "tst_ownerlistmodel.moc"

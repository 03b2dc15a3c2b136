// ModuleUsageModel: display vs sort values, roles, and refresh without reset.
#include "Fixtures.h"
#include "ModuleUsageModel.h"
#include "TableExporter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace LicenseDesk;
using Column = ModuleUsageModel::Column;

class TestModuleUsageModel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ModuleUsageModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex cell(const QString &module, Column column) const {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data().toString() == module)
                return m_model->index(row, int(column));
        }
        qFatal("no row %s", qPrintable(module));
    }

private slots:
    void init() {
        QLocale::setDefault(QLocale::c());
        m_model = std::make_unique<ModuleUsageModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->setModules(moduleFacts(TestFixtures::license("license-superoffice.json")));
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        QLocale::setDefault(QLocale::c());
    }

    void listsEveryModuleInServerOrder() {
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(m_model->columnCount(), int(Column::Count));
        QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("server"));
        QCOMPARE(m_model->index(7, 0).data().toString(), QStringLiteral("ten-service"));
    }

    void keepsDisplayTextAndRawSortValueApart() {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QList<ModuleFacts> modules = m_model->modules();
        modules[3].total = 12345;
        m_model->setModules(modules);
        const QModelIndex total = m_model->index(3, int(Column::Total));
        QCOMPARE(total.data().toString(), QStringLiteral("12.345"));
        QCOMPARE(total.data(ModuleUsageModel::SortRole).toInt(), 12345);
        QCOMPARE(total.data(ModuleUsageModel::ExportRole).toInt(), 12345);
    }

    void alignsNumbersRight() {
        const auto alignment = [this](Column c) {
            return Qt::Alignment(cell(QStringLiteral("ten-sales"), c).data(Qt::TextAlignmentRole).toInt());
        };
        QVERIFY(alignment(Column::Total) & Qt::AlignRight);
        QVERIFY(alignment(Column::InUse) & Qt::AlignRight);
        QVERIFY(alignment(Column::Module) & Qt::AlignLeft);
    }

    void showsUsageAsInUseOfTotal() {
        const QModelIndex usage = cell(QStringLiteral("ten-sales"), Column::Usage);
        QCOMPARE(usage.data().toString(), QStringLiteral("18 of 21"));
        QCOMPARE(usage.data(ModuleUsageModel::InUseRole).toInt(), 18);
        QCOMPARE(usage.data(ModuleUsageModel::TotalRole).toInt(), 21);
        QCOMPARE(cell(QStringLiteral("ten-sales"), Column::Free).data().toString(), QStringLiteral("3"));
    }

    void saysUnrestrictedInsteadOfCounts() {
        const QModelIndex usage = cell(QStringLiteral("visible-for"), Column::Usage);
        QCOMPARE(usage.data().toString(), QStringLiteral("unrestricted"));
        QVERIFY(usage.data(ModuleUsageModel::UnrestrictedRole).toBool());
        QVERIFY(!usage.data(ModuleUsageModel::OverUsedRole).toBool());
        QVERIFY(usage.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("unrestricted")));
    }

    void marksUserPlansAndHiddenModulesInTypeAndTooltip() {
        const QString planType = cell(QStringLiteral("ten-sales"), Column::Type).data().toString();
        QVERIFY2(planType.contains(QStringLiteral("user plan")), qPrintable(planType));
        QVERIFY(cell(QStringLiteral("ten-sales"), Column::Module)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Grants: user, web")));
        QVERIFY(cell(QStringLiteral("user"), Column::Module).data(ModuleUsageModel::HiddenRole).toBool());
        QVERIFY(
            cell(QStringLiteral("user"), Column::Type).data().toString().contains(QStringLiteral("hidden")));
    }

    void describesEveryRowForScreenReaders() {
        QCOMPARE(cell(QStringLiteral("ten-sales"), Column::Usage).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("ten-sales: 18 of 21 in use, 3 free"));
    }

    void refreshWithSameModulesChangesDataWithoutReset() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
        QList<ModuleFacts> modules = m_model->modules();
        modules[6].inUse = 20;
        m_model->setModules(modules);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        const auto roles = changes.first().at(2).value<QList<int>>();
        QVERIFY(roles.contains(Qt::DisplayRole));
        QVERIFY(roles.contains(ModuleUsageModel::SortRole));
        QCOMPARE(cell(QStringLiteral("ten-sales"), Column::InUse).data().toString(), QStringLiteral("20"));
    }

    void differentModulesResetTheModel() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setModules(moduleFacts(TestFixtures::license("license-from-license-server.json")));
        QCOMPARE(resets.count(), 1);
        m_model->setModules({});
        QCOMPARE(resets.count(), 2);
        QCOMPARE(m_model->rowCount(), 0);
    }

    void namesColumnsForExport() {
        QCOMPARE(ModuleUsageModel::columnKey(Column::InUse), QStringLiteral("inUse"));
        QCOMPARE(m_model->headerData(int(Column::Total), Qt::Horizontal).toString(),
                 QStringLiteral("Licenses"));
    }

    void tooltipNamesAFreeCountTheServerDisagreesOn() {
        ExtendedModuleLicense row;
        ModuleLicense current;
        current.moduleName = QStringLiteral("sale");
        current.numberOfLicenses = 576;
        row.current = current;
        row.numberOfLicensesInUse = 458;
        row.numberOfLicensesFree = 177;
        m_model->setModules({moduleFacts(row, false)});
        QCOMPARE(m_model->index(0, int(Column::Free)).data().toString(), QLocale().toString(177));
        const QString tip = m_model->index(0, int(Column::Free)).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("The server reports 177 free")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("would leave 118")), qPrintable(tip));
    }

    void csvExportNeutralisesFormulasButNotNumbers() {
        ModuleFacts module;
        module.name = QStringLiteral("crm");
        module.description = QStringLiteral("=HYPERLINK(\"http://x\")");
        module.total = 5;
        module.inUse = 8;
        module.free = -3;
        ExtendedLicenseInfo owner;
        owner.requestedOwner = QStringLiteral("ACME");
        const QString csv = QString::fromUtf8(TableExporter::toCsv(owner, {module}, QDate(2026, 11, 23)));
        QVERIFY2(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral(",-3")), qPrintable(csv));
        QVERIFY2(!csv.contains(QStringLiteral("'-3")), qPrintable(csv));
    }
};

QTEST_MAIN(TestModuleUsageModel)
#include "tst_moduleusagemodel.moc"

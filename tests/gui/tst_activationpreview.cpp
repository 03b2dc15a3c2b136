// ActivationPreviewModel and ActivationPreviewDialog from the license-server fixture (a blocked offer).
#include "ActivationPreviewDialog.h"
#include "ActivationPreviewModel.h"
#include "Fixtures.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace LicenseDesk;
using Column = ActivationPreviewModel::Column;

class TestActivationPreview final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ActivationPreviewModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private slots:
    void init() {
        m_model = std::make_unique<ActivationPreviewModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
    }

    void listsBlockingModulesFirstWithCurrentAndNewTotals() {
        m_model->setPreview(activationPreview(TestFixtures::license("license-from-license-server.json")));
        QVERIFY(m_model->rowCount() >= 3);
        const QModelIndex first = m_model->index(0, int(Column::Module));
        QVERIFY(first.data().toString().contains(QStringLiteral("ten-sales")));
        QCOMPARE(m_model->index(0, int(Column::CurrentTotal)).data().toString(), QStringLiteral("21"));
        QCOMPARE(m_model->index(0, int(Column::NewTotal)).data().toString(), QStringLiteral("15"));
        QCOMPARE(m_model->index(0, int(Column::Change)).data().toString(), QStringLiteral("−6"));
        QCOMPARE(m_model->index(0, int(Column::NewFree)).data(ActivationPreviewModel::SortRole).toInt(), -3);
        QCOMPARE(first.data(ActivationPreviewModel::SeatsToFreeRole).toInt(), 3);
    }

    void marksGainedModules() {
        m_model->setPreview(activationPreview(TestFixtures::license("license-from-license-server.json")));
        bool found = false;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data().toString().contains(QStringLiteral("chat"))) {
                QCOMPARE(m_model->index(row, int(Column::Effect)).data().toString(),
                         QStringLiteral("new module"));
                QCOMPARE(m_model->index(row, int(Column::CurrentTotal)).data().toString(),
                         QStringLiteral("–"));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void blockedPreviewDisablesActivateAndNamesSeatsToFree() {
        ActivationPreviewDialog dialog;
        QSignalSpy requested(&dialog, &ActivationPreviewDialog::activateRequested);
        dialog.setPreview(QStringLiteral("SuperOffice AS"),
                          activationPreview(TestFixtures::license("license-from-license-server.json")));
        QVERIFY(!dialog.activateButton()->isEnabled());
        QVERIFY2(dialog.blockingText().contains(QStringLiteral("Sales Premium")),
                 qPrintable(dialog.blockingText()));
        QVERIFY(dialog.blockingText().contains(QStringLiteral("15")));
        QVERIFY(dialog.verdictText().startsWith(QStringLiteral("Activation is blocked")));
        QTest::mouseClick(dialog.activateButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), 0);
    }

    void allowedPreviewActivatesOnlyOnce() {
        ExtendedLicenseInfo license = TestFixtures::license("license-from-license-server.json");
        license.canBeActivated = true;
        for (ExtendedModuleLicense &module : license.extendedModuleLicenses) {
            if (module.newLicense && module.newLicense->moduleName == QStringLiteral("ten-sales"))
                module.newLicense->numberOfLicenses = 25;
        }
        ActivationPreviewDialog dialog;
        QSignalSpy requested(&dialog, &ActivationPreviewDialog::activateRequested);
        dialog.setPreview(QStringLiteral("SuperOffice AS"), activationPreview(license));
        QVERIFY(dialog.activateButton()->isEnabled());
        QVERIFY(dialog.blockingText().isEmpty());
        QTest::mouseClick(dialog.activateButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.activateButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QVERIFY(!dialog.activateButton()->isEnabled());
    }
};

QTEST_MAIN(TestActivationPreview)
#include "tst_activationpreview.moc"

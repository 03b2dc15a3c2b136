// ModuleFilterProxyModel: text filter, hidden toggle and sorting by raw values.
#include "Fixtures.h"
#include "ModuleFilterProxyModel.h"
#include "ModuleUsageModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace LicenseDesk;
using Column = ModuleUsageModel::Column;

class TestModuleFilterProxyModel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ModuleUsageModel> m_source;
    std::unique_ptr<ModuleFilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_sourceTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    QStringList names() const {
        QStringList result;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            result << m_proxy->index(row, 0).data().toString();
        return result;
    }

    static ModuleFacts module(const QString &name, int total, bool hidden = false) {
        ModuleFacts m;
        m.name = name;
        m.description = QStringLiteral("Description of ") + name;
        m.total = total;
        m.hidden = hidden;
        return m;
    }

private slots:
    void init() {
        // The C locale's collator has no numeric mode; admins run with a real locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_source = std::make_unique<ModuleUsageModel>();
        m_proxy = std::make_unique<ModuleFilterProxyModel>();
        m_proxy->setSourceModel(m_source.get());
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        m_sourceTester = std::make_unique<QAbstractItemModelTester>(m_source.get(), Mode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_proxy.get(), Mode::QtTest);
        m_source->setModules(moduleFacts(TestFixtures::license("license-superoffice.json")));
    }

    void cleanup() {
        m_proxyTester.reset();
        m_sourceTester.reset();
        m_proxy.reset();
        m_source.reset();
    }

    void hidesHiddenModulesByDefault() {
        QVERIFY(!m_proxy->showHidden());
        QCOMPARE(names(), (QStringList{QStringLiteral("expander-services"), QStringLiteral("ten-sales"),
                                       QStringLiteral("ten-service")}));
    }

    void showsHiddenModulesWhenAsked() {
        m_proxy->setShowHidden(true);
        QCOMPARE(m_proxy->rowCount(), 8);
        m_proxy->setShowHidden(false);
        QCOMPARE(m_proxy->rowCount(), 3);
    }

    void filtersOnNameDescriptionAndTypeIgnoringCase() {
        m_proxy->setFilterText(QStringLiteral("SERVICE"));
        QCOMPARE(names(), (QStringList{QStringLiteral("expander-services"), QStringLiteral("ten-service")}));
        m_proxy->setFilterText(QStringLiteral("user plan"));
        QCOMPARE(names(), (QStringList{QStringLiteral("ten-sales"), QStringLiteral("ten-service")}));
        m_proxy->setFilterText(QString());
        QCOMPARE(m_proxy->rowCount(), 3);
    }

    void sortsNumbersByValueNotText() {
        m_source->setModules({module(QStringLiteral("a"), 9), module(QStringLiteral("b"), 1234),
                              module(QStringLiteral("c"), 10)});
        m_proxy->sort(int(Column::Total), Qt::AscendingOrder);
        QCOMPARE(names(), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
        m_proxy->sort(int(Column::Total), Qt::DescendingOrder);
        QCOMPARE(names(), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    }

    void sortsNamesNaturallyIgnoringCase() {
        m_source->setModules({module(QStringLiteral("module10"), 1), module(QStringLiteral("Module2"), 1),
                              module(QStringLiteral("module1"), 1)});
        m_proxy->sort(int(Column::Module), Qt::AscendingOrder);
        QCOMPARE(names(), (QStringList{QStringLiteral("module1"), QStringLiteral("Module2"),
                                       QStringLiteral("module10")}));
    }

    void refilteredWhenAModuleBecomesHidden() {
        QList<ModuleFacts> modules = m_source->modules();
        modules[1].hidden = true; // expander-services
        m_source->setModules(modules);
        QCOMPARE(names(), (QStringList{QStringLiteral("ten-sales"), QStringLiteral("ten-service")}));
    }
};

QTEST_MAIN(TestModuleFilterProxyModel)
#include "tst_modulefilterproxymodel.moc"

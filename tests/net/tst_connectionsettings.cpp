// Tests for ConnectionSettings::normaliseApiRoot: the address forms admins paste.
#include "ConnectionSettings.h"

#include <QTest>

using namespace LicenseDesk;
using namespace Qt::StringLiterals;

class TestConnectionSettings final : public QObject {
    Q_OBJECT

private slots:
    void acceptsPastedAddressForms_data();
    void acceptsPastedAddressForms();
    void rejectsUnusableAddresses_data();
    void rejectsUnusableAddresses();
    void clearsErrorOnSuccess();
};

void TestConnectionSettings::acceptsPastedAddressForms_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("site") << u"https://crm.example.com/SuperOffice"_s
                          << u"https://crm.example.com/SuperOffice/api"_s;
    QTest::newRow("site slash") << u"https://crm.example.com/SuperOffice/"_s
                                << u"https://crm.example.com/SuperOffice/api"_s;
    QTest::newRow("api") << u"https://crm.example.com/SuperOffice/api"_s
                         << u"https://crm.example.com/SuperOffice/api"_s;
    QTest::newRow("api slash") << u"https://crm.example.com/SuperOffice/api/"_s
                               << u"https://crm.example.com/SuperOffice/api"_s;
    QTest::newRow("api v1") << u"https://crm.example.com/SuperOffice/api/v1"_s
                            << u"https://crm.example.com/SuperOffice/api"_s;
    QTest::newRow("api v1 slash") << u"https://crm.example.com/SuperOffice/api/v1/"_s
                                  << u"https://crm.example.com/SuperOffice/api"_s;
    QTest::newRow("endpoint pasted") << u"https://crm.example.com/SuperOffice/api/v1/License/SUPEROFFICE"_s
                                     << u"https://crm.example.com/SuperOffice/api"_s;
    QTest::newRow("upper-case API") << u"https://crm.example.com/SuperOffice/API/V1"_s
                                    << u"https://crm.example.com/SuperOffice/api"_s;
    QTest::newRow("online") << u"https://online3.superoffice.com/Cust12345/api"_s
                            << u"https://online3.superoffice.com/Cust12345/api"_s;
    QTest::newRow("online tenant only") << u"https://online3.superoffice.com/Cust12345"_s
                                        << u"https://online3.superoffice.com/Cust12345/api"_s;
    QTest::newRow("host only") << u"https://crm.example.com"_s << u"https://crm.example.com/api"_s;
    QTest::newRow("port kept") << u"http://127.0.0.1:8080/SuperOffice"_s
                               << u"http://127.0.0.1:8080/SuperOffice/api"_s;
    QTest::newRow("spaces trimmed") << u"  https://crm.example.com/SuperOffice  \n"_s
                                    << u"https://crm.example.com/SuperOffice/api"_s;
    QTest::newRow("no scheme means https")
        << u"crm.example.com/SuperOffice"_s << u"https://crm.example.com/SuperOffice/api"_s;
    QTest::newRow("query and fragment dropped") << u"https://crm.example.com/SuperOffice/api?x=1#top"_s
                                                << u"https://crm.example.com/SuperOffice/api"_s;
    QTest::newRow("site called api") << u"https://crm.example.com/api/api/v1"_s
                                     << u"https://crm.example.com/api/api"_s;
}

void TestConnectionSettings::acceptsPastedAddressForms() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString error = u"stale"_s;
    const std::optional<QUrl> root = ConnectionSettings::normaliseApiRoot(input, &error);
    QVERIFY2(root.has_value(), qPrintable(error));
    QCOMPARE(root->toString(), expected);
    QVERIFY(root->path().endsWith(u"/api"_s));
}

void TestConnectionSettings::rejectsUnusableAddresses_data() {
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("ftp") << u"ftp://crm.example.com/SuperOffice"_s;
    QTest::newRow("file") << u"file:///etc/passwd"_s;
    QTest::newRow("mailto") << u"mailto:admin@example.com"_s;
    QTest::newRow("no host") << u"https:///SuperOffice/api"_s;
    QTest::newRow("garbage") << u"not a url at all"_s;
    QTest::newRow("bad port") << u"https://crm.example.com:99999/SuperOffice"_s;
    QTest::newRow("credentials in address") << u"https://admin:secret@crm.example.com/SuperOffice"_s;
}

void TestConnectionSettings::rejectsUnusableAddresses() {
    QFETCH(QString, input);
    QString error;
    const std::optional<QUrl> root = ConnectionSettings::normaliseApiRoot(input, &error);
    QVERIFY2(!root.has_value(), qPrintable(root ? root->toString() : QString()));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(u"secret"_s));
}

void TestConnectionSettings::clearsErrorOnSuccess() {
    QString error = u"previous problem"_s;
    QVERIFY(ConnectionSettings::normaliseApiRoot(u"https://crm.example.com/SuperOffice"_s, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(ConnectionSettings::normaliseApiRoot(u"https://crm.example.com/SuperOffice"_s));
}

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"

// licensedesk-cli as a real process against a loopback server whose text tries to drive the terminal.
#include "CliTestSupport.h"
#include "LoopbackPeer.h"
#include "TestData.h"

#include <QTest>

using namespace LicenseDesk::Testing;
using namespace CliTest;
using namespace Qt::StringLiterals;

namespace {

// Clears the screen, then sets the window title.
const QByteArray kHostileJsonText = "SuperOffice AS\\u001b[2J\\u001b]0;pwned\\u0007";
const QString kHostileShown = u"SuperOffice AS\\x1B[2J\\x1B]0;pwned\\x07"_s;
// Wipes the line it is printed on, then prints a green success line.
const QByteArray kFakeSuccessJsonText = "\\u001b[2K\\r\\u001b[32mActivated. Verified.\\u001b[0m";

bool hasTerminalControls(const QString &text) {
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
            (u >= 0x2066 && u <= 0x2069))
            return true;
    }
    return false;
}

QByteArray ownersWithHostileDescription() {
    QByteArray body = LicenseDesk::TestFixtures::bytes(u"license-all-owners.json");
    const QByteArray plain = "\"OwnerDescription\": \"SuperOffice AS\"";
    if (!body.contains(plain))
        qFatal("the fixture no longer has the SuperOffice owner description");
    const QByteArray hostile = "\"OwnerDescription\": \"" + kHostileJsonText + "\"";
    return body.replace(plain, hostile);
}

} // namespace

class TestCliTerminalSafety final : public QObject, private CliFixture {
    Q_OBJECT

private slots:
    void ownerDescriptionReachesTheTerminalNeutralised_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("owners table") << QStringList{u"owners"_s};
        QTest::newRow("show header") << QStringList{u"show"_s, u"SUPEROFFICE"_s};
    }

    void ownerDescriptionReachesTheTerminalNeutralised() {
        QFETCH(QStringList, arguments);
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        const QByteArray owners = ownersWithHostileDescription();
        const QJsonObject superOffice = parseJson(QString::fromUtf8(owners)).array().first().toObject();
        peer.route("/api/v1/License", PeerReply::json(owners));
        peer.route("/api/v1/License/SUPEROFFICE",
                   PeerReply::json(QJsonDocument(superOffice).toJson()));
        const CliRun run = cli(arguments, peer.apiRoot(), {{u"COLUMNS"_s, u"400"_s}});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!hasTerminalControls(run.out + run.err), qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(kHostileShown), qPrintable(run.out + run.err));
    }

    void serverErrorMessageCannotFakeASuccessLine() {
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.setFallback(
            PeerReply::json("{\"Error\": true, \"ErrorType\": \"SoException\", \"ErrorMessage\": \"" +
                                       kFakeSuccessJsonText + "\"}",
                                   500));
        const CliRun run = cli({u"owners"_s}, peer.apiRoot());
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(!hasTerminalControls(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"\\x1B[2K\\x0D\\x1B[32mActivated. Verified.\\x1B[0m"_s),
                 qPrintable(run.err));
        for (const QString &line : run.err.split(u'\n', Qt::SkipEmptyParts))
            QVERIFY2(line.startsWith(u"licensedesk-cli: "_s), qPrintable(line));
    }

    void htmlTitleCannotDriveTheTerminal() {
        LoopbackPeer peer;
        QVERIFY(peer.listen());
        peer.setFallback(
            PeerReply::html("<html><head><title>Down\x1b]0;pwned\x07</title></head></html>", 503));
        const CliRun run = cli({u"owners"_s}, peer.apiRoot());
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(!hasTerminalControls(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Down\\x1B]0;pwned\\x07"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliTerminalSafety)
#include "tst_cliterminalsafety.moc"

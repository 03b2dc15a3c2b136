// LicenseClient at the edges of HTTP, against the loopback peer: redirects in a chain, "." and ".." as names.
#include "JobWaiter.h"
#include "LicenseClient.h"
#include "LoopbackPeer.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray ownerPath = "/api/v1/License/SUPEROFFICE";

} // namespace

class TestProtocolEdges final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void crossOriginRedirectInAChainIsRefused();
    void dotNamesAreRefusedBeforeSending_data();
    void dotNamesAreRefusedBeforeSending();
    void dotsInsideANameAreSentAsTheyAre();

private:
    std::unique_ptr<LoopbackPeer> m_peer;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<LicenseClient> m_client;
};

void TestProtocolEdges::init() {
    m_peer = std::make_unique<LoopbackPeer>();
    QVERIFY(m_peer->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<LicenseClient>(m_network.get());
    ConnectionSettings settings;
    settings.apiRoot = QUrl(m_peer->apiRoot());
    settings.auth = AuthMethod::Bearer;
    settings.secret = u"8A:Cust1.token"_s;
    settings.timeout = std::chrono::seconds(20);
    m_client->setSettings(settings);
}

void TestProtocolEdges::cleanup() {
    m_client.reset();
    m_network.reset();
    m_peer.reset();
}

void TestProtocolEdges::crossOriginRedirectInAChainIsRefused() {
    LoopbackPeer other;
    QVERIFY(other.listen());
    m_peer->route(ownerPath, PeerReply::redirect(302, "/first"));
    m_peer->route("/first", PeerReply::redirect(302, other.url(u"/elsewhere"_s).toEncoded()));
    const auto outcome = waitFor(m_client->fetchOwner(u"SUPEROFFICE"_s));
    QVERIFY(outcome.result);
    QCOMPARE(outcome.category(), ErrorCategory::HttpError);
    QVERIFY2(outcome.error().userMessage.contains(QString::number(other.port())),
             qPrintable(outcome.error().userMessage));
    QCOMPARE(m_peer->requests().size(), 2);
    // The job aborted the reply instead of allowing the redirect, so QtNetwork can never follow it.
    QVERIFY(other.requests().isEmpty());
}

void TestProtocolEdges::dotNamesAreRefusedBeforeSending_data() {
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("module");
    QTest::newRow("owner .") << u"."_s << QString();
    QTest::newRow("owner ..") << u".."_s << QString();
    QTest::newRow("module ..") << u"SUPEROFFICE"_s << u".."_s;
    QTest::newRow("module .") << u"SUPEROFFICE"_s << u"."_s;
}

// Qt 6.4 cannot send them: QUrl turns %2E back into "." and QtNetwork then removes the dot segments
// ("show .." asked for /api/v1). So they are refused with a message instead of reading another resource.
void TestProtocolEdges::dotNamesAreRefusedBeforeSending() {
    QFETCH(QString, owner);
    QFETCH(QString, module);
    std::optional<ApiError> error;
    bool sent = true;
    if (module.isEmpty()) {
        const auto outcome = waitFor(m_client->fetchOwner(owner));
        error = outcome.result ? std::optional(outcome.error()) : std::nullopt;
        sent = outcome.sent;
    } else {
        const auto outcome = waitFor(m_client->fetchModule(owner, module));
        error = outcome.result ? std::optional(outcome.error()) : std::nullopt;
        sent = outcome.sent;
    }
    QVERIFY(error);
    QCOMPARE(error->category, ErrorCategory::InvalidRequest);
    QVERIFY(!sent);
    const QString name = module.isEmpty() ? owner : module;
    QVERIFY2(error->userMessage.contains(u"“"_s + name + u"”"_s), qPrintable(error->userMessage));
    QVERIFY(m_peer->requests().isEmpty());
}

void TestProtocolEdges::dotsInsideANameAreSentAsTheyAre() {
    m_peer->setFallback(PeerReply::json("{}", 404));
    waitFor(m_client->fetchOwner(u"a..b"_s));
    QCOMPARE(m_peer->requests().size(), 1);
    QCOMPARE(m_peer->requests().first().target, QByteArray("/api/v1/License/a..b"));
}

QTEST_GUILESS_MAIN(TestProtocolEdges)
#include "tst_protocoledges.moc"

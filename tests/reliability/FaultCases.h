// The faults the CLI and GUI reliability tests share: what the peer does, and what the admin must be told.
#pragma once

#include "LoopbackPeer.h"
#include "TestData.h"

#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QTest>

namespace Reliability {

using LicenseDesk::TestFixtures::bytes;
using LicenseDesk::Testing::PeerReply;
using namespace Qt::StringLiterals;

/// AddressSanitizer builds are slower: the size-cap tests give them more time to reach the cap.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

inline constexpr qint64 kHundredMegabytes = 100LL * 1024 * 1024;

/// The body bytes a client says it read, from licensedesk.net's log ("… 33554433 bytes read, …"):
/// the most any request of log read, -1 when none said.
inline qint64 bytesReadIn(const QStringList &log) {
    static const QRegularExpression read(u"(\\d+) bytes read"_s);
    qint64 most = -1;
    for (const QString &line : log) {
        const QRegularExpressionMatch match = read.match(line);
        if (match.hasMatch())
            most = qMax(most, match.captured(1).toLongLong());
    }
    return most;
}

inline const QByteArray kOwnersPath = "/api/v1/License";

/// An IIS-style error page: a title worth showing and markup and a stack trace that are not.
inline const QByteArray kHtmlErrorPage =
    "<!DOCTYPE html><html><head><title>Runtime Error</title></head><body>"
    "<h1>Server Error in '/SuperOffice' Application.</h1>"
    "<pre>System.NullReferenceException: Object reference not set to an instance of an object.\n"
    "   at SuperOffice.CRM.Services.LicenseAgent.GetLicenses()</pre></body></html>";

inline const QByteArray kSuperOfficeError =
    "{\"Error\":true,\"ErrorType\":\"SoServerException\",\"ErrorMessage\":\"License database is "
    "locked for maintenance\",\"ErrorSource\":\"LicenseAgent\"}";

/// 100,000 '[' and nothing else: a parser that recurses per level would overflow its stack.
inline QByteArray deeplyNestedJson() {
    return QByteArray(100000, '[');
}

inline PeerReply withLength(PeerReply reply, qint64 declared, bool close) {
    reply.declaredLength = declared;
    reply.closeAfterBody = close;
    return reply;
}

inline PeerReply delayed(PeerReply reply, int ms) {
    reply.delay = std::chrono::milliseconds(ms);
    return reply;
}

/// Adds the rows shared by the CLI and GUI fault tests: the reply to GET License, the exit code the
/// CLI must end with (2 cannot connect or timeout, 3 auth, 4 server error, 5 malformed) and a
/// piece of the mapped message. The timeout rows assume a one-second timeout.
inline void addFaultRows() {
    QTest::addColumn<PeerReply>("reply");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QByteArray owners = bytes("license-all-owners.json");

    QTest::newRow("latency beyond the timeout")
        << delayed(PeerReply::json(owners), 4000) << 2 << u"did not answer within"_s;
    QTest::newRow("request never answered") << PeerReply::stall() << 2 << u"did not answer within"_s;
    QTest::newRow("connection dropped mid-body")
        << PeerReply::dropMidBody(owners) << 2 << u"was closed before the answer was complete"_s;
    QTest::newRow("connection closed without an answer")
        << PeerReply::closeUnanswered() << 2 << u"was closed before the answer was complete"_s;
    QTest::newRow("Content-Length longer than the body, then close")
        << withLength(PeerReply::json(owners.left(owners.size() / 3)), owners.size(), true) << 2
        << u"was closed before the answer was complete"_s;
    QTest::newRow("Content-Length longer than the body, kept open")
        << withLength(PeerReply::json(owners.left(owners.size() / 3)), owners.size(), false) << 2
        << u"did not answer within"_s;
    QTest::newRow("Content-Length shorter than the body")
        << withLength(PeerReply::json(owners), owners.size() / 2, false) << 5
        << u"answer could not be read"_s;
    QTest::newRow("truncated JSON body")
        << PeerReply::json(owners.left(owners.size() - 40)) << 5 << u"answer could not be read"_s;
    QTest::newRow("500 with an HTML page")
        << PeerReply::html(kHtmlErrorPage, 500) << 4 << u"internal error (HTTP 500: Runtime Error)"_s;
    QTest::newRow("500 with a SuperOffice error")
        << PeerReply::json(kSuperOfficeError, 500) << 4 << u"License database is locked for maintenance"_s;
    QTest::newRow("401") << PeerReply::json("{\"Error\":true,\"ErrorMessage\":\"Invalid credentials\"}", 401)
                         << 3 << u"did not accept the sign-in (HTTP 401"_s;
    QTest::newRow("malformed JSON") << PeerReply::json("[{\"Current\": {\"OwnerName\": \"X\",]") << 5
                                    << u"answer could not be read"_s;
    QTest::newRow("HTML page with 200")
        << PeerReply::html(kHtmlErrorPage, 200) << 5 << u"answer could not be read"_s;
    QTest::newRow("100k nested arrays")
        << PeerReply::json(deeplyNestedJson()) << 5 << u"answer could not be read"_s;
    QTest::newRow("100k nested objects")
        << PeerReply::json(QByteArray("{\"a\":").repeated(100000)) << 5 << u"answer could not be read"_s;
}

} // namespace Reliability

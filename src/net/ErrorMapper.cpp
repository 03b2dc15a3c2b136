// The one place that turns a failed WebAPI exchange into an ApiError with a translated next step.
#include "ErrorMapper.h"

#include "LicenseParser.h"
#include "Redaction.h"
#include "RedirectPolicy.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace LicenseDesk {

namespace {

constexpr qsizetype summaryLength = 160;

QString statusLine(const ReplyOutcome &outcome) {
    return QString::fromLatin1(outcome.method) + u' ' + redactedUrl(outcome.url) + " -> HTTP "_L1 +
           QString::number(outcome.httpStatus);
}

QString elide(QString text) {
    text = text.simplified();
    if (text.size() > summaryLength)
        text = text.left(summaryLength - 1).trimmed() + u'…';
    return text;
}

QString decodeEntities(QString text) {
    text.replace("&lt;"_L1, "<"_L1).replace("&gt;"_L1, ">"_L1).replace("&quot;"_L1, "\""_L1);
    text.replace("&#39;"_L1, "'"_L1).replace("&nbsp;"_L1, " "_L1).replace("&amp;"_L1, "&"_L1);
    return text;
}

QString htmlHeadline(const QString &html) {
    static const QRegularExpression title(u"<title[^>]*>(.*?)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression heading(u"<h[12][^>]*>(.*?)</h[12]>"_s,
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    for (const QRegularExpression *pattern : {&title, &heading}) {
        const QRegularExpressionMatch match = pattern->match(html);
        if (match.hasMatch()) {
            QString text = match.captured(1);
            text.remove(tags);
            text = decodeEntities(text).simplified();
            if (!text.isEmpty())
                return elide(text);
        }
    }
    return {};
}

bool looksLikeHtml(const QByteArray &body, const QByteArray &contentType) {
    return contentType.contains("html") || body.trimmed().startsWith('<');
}

QString withSummary(const QString &summary) {
    return summary.isEmpty() ? QString() : u": "_s + summary;
}

} // namespace

QString ErrorMapper::summariseBody(const QByteArray &body, const QByteArray &contentType) {
    if (body.trimmed().isEmpty())
        return {};
    if (const std::optional<WebApiError> serverError = parseWebApiError(body))
        return elide(serverError->errorMessage.isEmpty() ? serverError->errorType
                                                         : serverError->errorMessage);
    if (looksLikeHtml(body, contentType))
        return htmlHeadline(QString::fromUtf8(body));
    if (contentType.contains("json"))
        return {};
    // Plain text: only when it reads as text, never binary noise.
    const QString text = QString::fromUtf8(body.left(4096));
    for (QChar c : text) {
        if (!c.isPrint() && !c.isSpace())
            return {};
    }
    return elide(text.section(u'\n', 0, 0));
}

QString ErrorMapper::describeCertificate(const QSslCertificate &certificate) {
    if (certificate.isNull())
        return tr("no certificate was presented");
    //: %1 = certificate subject, %2 = issuer, %3 = SHA-256 fingerprint in hex
    return tr("certificate “%1”, issued by “%2”, SHA-256 fingerprint %3")
        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
             QString::fromLatin1(certificateFingerprint(certificate)));
}

ApiError ErrorMapper::fromReply(const ReplyOutcome &outcome) {
    const bool transportFailed = outcome.networkError != QNetworkReply::NoError &&
                                 outcome.networkError < QNetworkReply::ContentAccessDenied;
    const bool statusOk = outcome.httpStatus >= 200 && outcome.httpStatus < 300;
    if (transportFailed)
        return fromNetworkError(outcome);
    if (outcome.httpStatus > 0 && !statusOk)
        return fromHttpStatus(outcome);
    if (outcome.networkError != QNetworkReply::NoError)
        return fromNetworkError(outcome);
    return {};
}

ApiError ErrorMapper::fromNetworkError(const ReplyOutcome &outcome) {
    ApiError error;
    error.httpStatus = outcome.httpStatus;
    error.details = QString::fromLatin1(outcome.method) + u' ' + redactedUrl(outcome.url) + u"\n"_s +
                    outcome.networkErrorText;
    const QString host = outcome.url.host();
    const int port = effectivePort(outcome.url);

    switch (outcome.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        error.category = ErrorCategory::CannotConnect;
        error.userMessage = tr("Could not connect to %1 on port %2: the connection was refused. Check the "
                               "address and port, and that the web server is running.")
                                .arg(host)
                                .arg(port);
        break;
    case QNetworkReply::HostNotFoundError:
        error.category = ErrorCategory::CannotConnect;
        error.userMessage = tr("The server name %1 could not be found. Check the spelling of the address and "
                               "your network or VPN connection.")
                                .arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed unanswered; a send-once request is not repeated
        error.category = ErrorCategory::CannotConnect;
        error.userMessage = tr("The connection to %1 on port %2 was closed before the answer was complete. "
                               "Try again; if it keeps happening, check proxies and firewalls on the way.")
                                .arg(host)
                                .arg(port);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // The job aborts for its own reasons itself; a cancel that reaches us is the transfer timeout.
        return timeout(outcome.method, outcome.url, outcome.timeout);
    case QNetworkReply::SslHandshakeFailedError:
        return tls(outcome);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        error.category = ErrorCategory::HttpError;
        error.userMessage = tr("The server at %1 redirected the request too often or to an unsafe address. "
                               "Check the API address.")
                                .arg(host);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        error.category = ErrorCategory::CannotConnect;
        error.userMessage = tr("Could not reach %1 through the proxy: %2. Check the proxy settings.")
                                .arg(host, outcome.networkErrorText);
        break;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        error.category = ErrorCategory::BadResponse;
        error.userMessage =
            tr("The answer from %1 was not valid HTTP. Check that the address and port belong to "
               "the SuperOffice web server.")
                .arg(host);
        break;
    default:
        error.category = ErrorCategory::CannotConnect;
        error.userMessage =
            tr("Could not talk to %1 on port %2: %3. Check your network connection and try again.")
                .arg(host)
                .arg(port)
                .arg(outcome.networkErrorText);
        break;
    }
    return error;
}

ApiError ErrorMapper::fromHttpStatus(const ReplyOutcome &outcome) {
    ApiError error;
    error.httpStatus = outcome.httpStatus;
    error.serverError = parseWebApiError(outcome.body);
    const QString summary = summariseBody(outcome.body, outcome.contentType);
    error.details = statusLine(outcome);
    if (error.serverError)
        error.details += u'\n' + error.serverError->errorType + u": "_s + error.serverError->errorMessage;
    else if (!summary.isEmpty())
        error.details += u'\n' + summary;
    const QString host = outcome.url.host();
    const int status = outcome.httpStatus;

    if (status == 401 || status == 403) {
        error.category = ErrorCategory::Authentication;
        error.userMessage = status == 401 ? tr("%1 did not accept the sign-in (HTTP 401%2). Check the user "
                                               "name and password, or get a new "
                                               "ticket or token: they expire.")
                                                .arg(host, withSummary(summary))
                                          : tr("%1 recognised the account but does not allow this (HTTP "
                                               "403%2). License calls need a user "
                                               "with administrator rights.")
                                                .arg(host, withSummary(summary));
    } else if (status == 404) {
        error.category = ErrorCategory::NotFound;
        error.userMessage =
            error.serverError && !error.serverError->errorMessage.isEmpty()
                ? tr("The server could not find what was asked for: “%1”. Check the owner or module name.")
                      .arg(error.serverError->errorMessage)
                : tr("Nothing was found at %1 (HTTP 404). Check that the address points to the SuperOffice "
                     "WebAPI; it usually ends in /api.")
                      .arg(redactedUrl(outcome.url));
    } else if (status == 421) {
        error.category = ErrorCategory::Misdirected;
        error.userMessage = tr("The Online tenant is no longer served by %1 (HTTP 421, misdirected request). "
                               "Look up the tenant's current WebAPI address and update the connection.")
                                .arg(host);
    } else if (status >= 500) {
        error.category = ErrorCategory::ServerError;
        error.userMessage =
            tr("The server %1 reported an internal error (HTTP %2%3). Try again in a few "
               "minutes; if it keeps happening, ask its administrator to check the NetServer log.")
                .arg(host)
                .arg(status)
                .arg(withSummary(summary));
    } else {
        error.category = ErrorCategory::HttpError;
        error.userMessage =
            tr("The server %1 refused the request with HTTP status %2%3. Check the API address; "
               "if it is right, the server may not support this call.")
                .arg(host)
                .arg(status)
                .arg(withSummary(summary));
    }
    return error;
}

ApiError ErrorMapper::tls(const ReplyOutcome &outcome) {
    ApiError error;
    error.category = ErrorCategory::Tls;
    error.certificateChain = outcome.peerChain;
    QSslCertificate certificate = outcome.peerChain.value(0);
    for (const QSslError &sslError : outcome.sslErrors) {
        if (!sslError.certificate().isNull()) {
            certificate = sslError.certificate();
            break;
        }
    }
    if (error.certificateChain.isEmpty() && !certificate.isNull())
        error.certificateChain.append(certificate);

    QStringList problems;
    for (const QSslError &sslError : outcome.sslErrors)
        problems.append(sslError.errorString());
    const QString host = outcome.url.host();
    if (problems.isEmpty()) {
        error.userMessage =
            tr("The secure connection to %1 failed: %2. Check that the server offers TLS 1.2 or "
               "newer and that no proxy interferes.")
                .arg(host, outcome.networkErrorText);
    } else {
        //: %1 = host, %2 = what is wrong with the certificate, %3 = certificate description
        error.userMessage = tr("The certificate of %1 could not be verified: %2. The server presented %3. "
                               "If you trust it, compare the fingerprint with the server's administrator and "
                               "then trust it in the connection settings.")
                                .arg(host, problems.join(u"; "_s), describeCertificate(certificate));
    }
    error.details = QString::fromLatin1(outcome.method) + u' ' + redactedUrl(outcome.url) + u'\n' +
                    problems.join(u'\n') + u'\n' + describeCertificate(certificate);
    return error;
}

ApiError ErrorMapper::timeout(const QByteArray &method, const QUrl &url, std::chrono::milliseconds limit) {
    const int seconds = int(qMax<qint64>(1, (limit.count() + 999) / 1000));
    ApiError error;
    error.category = ErrorCategory::Timeout;
    error.userMessage = tr("The server %1 did not answer within %n second(s). Try again, or allow more time "
                           "in the connection settings.",
                           nullptr, seconds)
                            .arg(url.host());
    error.details = QString::fromLatin1(method) + u' ' + redactedUrl(url) + u"\ntimeout "_s +
                    QString::number(limit.count()) + u" ms"_s;
    return error;
}

ApiError ErrorMapper::tooLarge(const QByteArray &method, const QUrl &url, qint64 limit) {
    ApiError error;
    error.category = ErrorCategory::TooLarge;
    error.userMessage =
        tr("The answer from %1 is larger than the limit of %2, so reading stopped. Check that "
           "the address points to a SuperOffice WebAPI.")
            .arg(url.host(), QLocale().formattedDataSize(limit));
    error.details = QString::fromLatin1(method) + u' ' + redactedUrl(url) + u"\nlimit "_s +
                    QString::number(limit) + u" bytes"_s;
    return error;
}

ApiError ErrorMapper::redirectRefused(const QUrl &from, const QUrl &to, int httpStatus) {
    ApiError error;
    error.category = ErrorCategory::HttpError;
    error.httpStatus = httpStatus;
    error.userMessage = tr("The server sent the request on to another address (%1). LicenseDesk only follows "
                           "redirects on the same server and protocol, so it stopped. If that address is "
                           "right, enter it as the API address.")
                            .arg(redactedUrl(to));
    error.details = redactedUrl(from) + u" -> "_s + redactedUrl(to);
    return error;
}

ApiError ErrorMapper::badResponse(const ParseError &parseError) {
    ApiError error;
    error.category = ErrorCategory::BadResponse;
    error.userMessage = tr("The server's answer could not be read (%1). Check that the address points to a "
                           "SuperOffice WebAPI and that its version is supported.")
                            .arg(parseError.toString());
    error.details = parseError.toString();
    return error;
}

ApiError ErrorMapper::nothingFound(const ParseError &parseError) {
    ApiError error;
    error.category = ErrorCategory::NotFound;
    error.httpStatus = 200;
    error.userMessage = tr("The server found nothing for this request (it answered null). Check the owner or "
                           "module name.");
    error.details = parseError.toString();
    return error;
}

ApiError ErrorMapper::businessRefusal(const QString &reason) {
    ApiError error;
    error.category = ErrorCategory::BusinessRefusal;
    error.httpStatus = 200;
    error.userMessage = reason.trimmed().isEmpty()
                            ? tr("The server declined the request without giving a reason. Check the "
                                 "server's log, then try again.")
                            : tr("The server declined the request: %1").arg(reason.trimmed());
    error.details = reason;
    return error;
}

ApiError ErrorMapper::cancelled() {
    ApiError error;
    error.category = ErrorCategory::Cancelled;
    error.userMessage = tr("The request was cancelled.");
    return error;
}

ApiError ErrorMapper::invalidRequest(const QString &userMessage) {
    ApiError error;
    error.category = ErrorCategory::InvalidRequest;
    error.userMessage = userMessage;
    return error;
}

} // namespace LicenseDesk

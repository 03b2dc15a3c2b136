// The one place that turns a failed WebAPI exchange into an ApiError with a translated next step.
#pragma once

#include "ApiError.h"
#include "JsonReader.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>
#include <chrono>

namespace LicenseDesk {

/// What a finished reply left behind, collected by the job for mapping.
struct ReplyOutcome {
    QByteArray method;
    QUrl url;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText; ///< reply->errorString(), secrets already removed
    int httpStatus = 0;
    QByteArray body; ///< at most the size cap
    QByteArray contentType;
    QList<QSslError> sslErrors; ///< the errors left after trusted certificates were accepted
    QList<QSslCertificate> peerChain;
    std::chrono::milliseconds timeout{0};
};

class ErrorMapper final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::ErrorMapper)

public:
    /// Maps network error + HTTP status + body; a null error for a 2xx answer that arrived whole.
    static ApiError fromReply(const ReplyOutcome &outcome);

    static ApiError timeout(const QByteArray &method, const QUrl &url, std::chrono::milliseconds limit);
    static ApiError tooLarge(const QByteArray &method, const QUrl &url, qint64 limit);
    static ApiError redirectRefused(const QUrl &from, const QUrl &to, int httpStatus);
    static ApiError badResponse(const ParseError &error);
    /// A 200 answer of JSON null where a license or module was asked for.
    static ApiError nothingFound(const ParseError &error);
    static ApiError businessRefusal(const QString &reason);
    static ApiError cancelled();
    static ApiError invalidRequest(const QString &userMessage);

    /// A one-line summary of an error body for people: the server's ErrorMessage, an HTML page's
    /// <title>, or the start of a plain-text body; never markup.
    static QString summariseBody(const QByteArray &body, const QByteArray &contentType);
    /// "subject, issued by issuer, SHA-256 fingerprint ..." for the TLS messages.
    static QString describeCertificate(const QSslCertificate &certificate);

private:
    static ApiError fromNetworkError(const ReplyOutcome &outcome);
    static ApiError fromHttpStatus(const ReplyOutcome &outcome);
    static ApiError tls(const ReplyOutcome &outcome);
};

} // namespace LicenseDesk

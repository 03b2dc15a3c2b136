// A failed WebAPI call, mapped to a category and a message a person can act on.
#pragma once

#include "LicenseData.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <optional>

namespace LicenseDesk {

enum class ErrorCategory {
    None,
    Cancelled,       ///< the caller cancelled the job
    CannotConnect,   ///< DNS, refused, unreachable, dropped connection
    Tls,             ///< certificate or handshake problem; certificateChain says which certificate
    Timeout,         ///< stalled or slower than the configured timeout
    Authentication,  ///< 401 or 403
    NotFound,        ///< 404
    Misdirected,     ///< 421: the Online tenant moved to another host
    ServerError,     ///< 5xx
    HttpError,       ///< any other unexpected HTTP status
    BadResponse,     ///< malformed JSON or wrong types (details names the field path)
    TooLarge,        ///< the response exceeded the size cap; the read was aborted
    BusinessRefusal, ///< the server said no: Succeeded=false or CanBeActivated=false, with Reason
    InvalidRequest,  ///< refused locally before sending (e.g. no API URL, nothing to activate)
};

struct ApiError {
    ErrorCategory category = ErrorCategory::None;
    int httpStatus = 0;
    QString userMessage; ///< translated: what happened and what to do next
    QString details;     ///< technical detail: URL, server error type, field path
    std::optional<WebApiError> serverError;
    QList<QSslCertificate> certificateChain; ///< for Tls: the peer's chain, first = the server's

    bool isNull() const { return category == ErrorCategory::None; }
};

/// A typed value, or the error that prevented it. A BusinessRefusal may carry the value too.
template <typename T> struct ApiResult {
    std::optional<T> value;
    ApiError error;

    bool ok() const { return error.isNull() && value.has_value(); }
};

/// Lower-case hex SHA-256 of a certificate, as shown to admins and stored for pinning.
QByteArray certificateFingerprint(const QSslCertificate &certificate);

} // namespace LicenseDesk

// Prints a failed request to stderr as the client's translated message (never a raw body).
#pragma once

#include "ApiError.h"

#include <QCoreApplication>
#include <QStringList>

namespace LicenseDesk::Cli {

class ErrorReport final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::Cli::ErrorReport)
public:
    /// The lines to show: the translated userMessage, the server's ErrorMessage when it adds
    /// something, and for malformed answers the field path. Without the "licensedesk-cli: " prefix.
    static QStringList lines(const ApiError &error);
    /// Writes lines() to stderr, each prefixed with "licensedesk-cli: ".
    static void print(const ApiError &error);
};

} // namespace LicenseDesk::Cli

// The documented exit codes of licensedesk-cli and the one mapping from network error categories.
#pragma once

#include "ApiError.h"

namespace LicenseDesk::Cli {

/// Exit codes are part of the command-line contract: scripts branch on them.
enum class ExitCode : int {
    Success = 0,
    Usage = 1,             ///< bad arguments, missing URL or credentials
    CannotConnect = 2,     ///< refused, unreachable, dropped, TLS failure or timeout
    Authentication = 3,    ///< the server refused the credentials
    ServerError = 4,       ///< the server answered with an error status
    BadResponse = 5,       ///< malformed or unexpected response
    ActivationRefused = 6, ///< activation blocked, refused or not confirmed
};

/// The exit code for a failed request: the only place that maps error categories to exit codes.
ExitCode exitCodeFor(ErrorCategory category);

/// The numeric value handed to QCoreApplication::exit().
constexpr int toInt(ExitCode code) {
    return static_cast<int>(code);
}

} // namespace LicenseDesk::Cli

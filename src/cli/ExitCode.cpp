// Maps every ErrorCategory to the exit code scripts see.
#include "ExitCode.h"

namespace LicenseDesk::Cli {

ExitCode exitCodeFor(ErrorCategory category) {
    switch (category) {
    case ErrorCategory::None:
        return ExitCode::Success;
    case ErrorCategory::Cancelled: // the CLI never cancels; an outside abort looks like a lost connection
    case ErrorCategory::CannotConnect:
    case ErrorCategory::Tls:
    case ErrorCategory::Timeout:
        return ExitCode::CannotConnect;
    case ErrorCategory::Authentication:
        return ExitCode::Authentication;
    case ErrorCategory::NotFound:
    case ErrorCategory::Misdirected:
    case ErrorCategory::ServerError:
    case ErrorCategory::HttpError:
        return ExitCode::ServerError;
    case ErrorCategory::BadResponse:
    case ErrorCategory::TooLarge:
        return ExitCode::BadResponse;
    case ErrorCategory::BusinessRefusal:
        return ExitCode::ActivationRefused;
    case ErrorCategory::InvalidRequest: // refused locally: the request as given cannot be made
        return ExitCode::Usage;
    }
    return ExitCode::BadResponse;
}

} // namespace LicenseDesk::Cli

// Decides which redirects the client follows: same scheme, host and port only.
#include "RedirectPolicy.h"

using namespace Qt::StringLiterals;

namespace LicenseDesk {

bool isSameOrigin(const QUrl &origin, const QUrl &target) {
    if (!origin.isValid() || !target.isValid())
        return false;
    const bool webScheme = target.scheme() == "https"_L1 || target.scheme() == "http"_L1;
    return webScheme && origin.scheme() == target.scheme() &&
           origin.host().compare(target.host(), Qt::CaseInsensitive) == 0 &&
           effectivePort(origin) == effectivePort(target);
}

int effectivePort(const QUrl &url) {
    return url.port(url.scheme() == "https"_L1 ? 443 : 80);
}

} // namespace LicenseDesk

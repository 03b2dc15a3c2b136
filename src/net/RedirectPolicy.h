// Decides which redirects the client follows: same scheme, host and port only.
#pragma once

#include <QUrl>

namespace LicenseDesk {

/// True when target has the same scheme, host and (effective) port as origin, so credentials may
/// follow it. Never true for https -> http or for another host or port.
bool isSameOrigin(const QUrl &origin, const QUrl &target);

/// The port a web URL connects to: its own, else 443 for https and 80 for http.
int effectivePort(const QUrl &url);

} // namespace LicenseDesk

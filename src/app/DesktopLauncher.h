// Starts the desktop app from a command line: shared by licensedesk and the development tools.
#pragma once

#include <functional>

namespace LicenseDesk {

class DesktopApp;

struct DesktopLaunch {
    /// Runs once the app object exists and before it connects (a benchmark probe, a screenshot runner).
    std::function<void(DesktopApp &)> prepare;
    bool forceDemo = false; ///< connect to the built-in demo server whatever the command line says
};

/// Answers --version without a display, then builds QApplication, parses --demo / --url, starts the
/// desktop app and runs the event loop. Returns the process exit code.
int runDesktopApp(int argc, char *argv[], const DesktopLaunch &launch = {});

} // namespace LicenseDesk

// Standard streams and the terminal: UTF-8 output, error lines, width, TTY checks, hidden input.
#pragma once

#include <QString>
#include <optional>

namespace LicenseDesk::Cli::Console {

/// Prepares the console for UTF-8 output (a no-op outside Windows).
void setUp();
bool stdinIsTerminal();
bool stdoutIsTerminal();
/// Columns available for table output: COLUMNS when set, else the terminal's width; 0 = no limit.
int outputWidth();
/// Writes text to stdout as UTF-8, unchanged.
void writeOut(const QString &text);
/// Writes text to stderr as UTF-8, unchanged.
void writeErr(const QString &text);
/// Writes "licensedesk-cli: message" and a newline to stderr, the message made terminal-safe
/// (TerminalText::printable): it is one line and often quotes the server.
void error(const QString &message);
/// Prompts on stderr and reads one line from the terminal without echo; nullopt at end of input.
std::optional<QString> readHiddenLine(const QString &prompt);

} // namespace LicenseDesk::Cli::Console

// Parses licensedesk-cli's arguments and environment into validated options (no I/O, no network).
#pragma once

#include "ConnectionSettings.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace LicenseDesk::Cli {

enum class Command { Owners, Show, Module, Status, Preview, Activate };
enum class OutputFormat { Table, Json, Csv };

/// Everything a command needs; the Basic password is looked up later through a PasswordSource.
struct CliOptions {
    Command command = Command::Owners;
    QString owner;
    QString module;
    bool assumeYes = false; ///< activate --yes
    OutputFormat format = OutputFormat::Table;
    /// Complete except for the Basic password (secret stays empty until looked up).
    ConnectionSettings settings;

    bool needsPassword() const { return settings.auth == AuthMethod::Basic && settings.secret.isEmpty(); }
};

struct ParsedCommandLine {
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };
    Action action = Action::UsageError;
    CliOptions options;
    QString error; ///< translated, for UsageError
};

class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::Cli::CommandLine)
public:
    /// arguments includes the program name first, as QCoreApplication::arguments() has it.
    static ParsedCommandLine parse(const QStringList &arguments, const QProcessEnvironment &env);
    /// The translated --help text.
    static QString helpText();
    /// The ISO-2 language for UI and server: --language, else LC_ALL, LC_MESSAGES or LANG, else the
    /// system locale; "en" for the C/POSIX locale. Tolerant: used before the arguments are validated.
    static QString language(const QStringList &arguments, const QProcessEnvironment &env);
    /// "nb_NO.UTF-8" -> "nb"; empty for text that is not a language code.
    static QString languageCode(const QString &localeName);
};

} // namespace LicenseDesk::Cli

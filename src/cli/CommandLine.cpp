// Argument and environment rules of licensedesk-cli; every mistake becomes a translated usage error.
#include "CommandLine.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>

namespace LicenseDesk::Cli {

namespace {

struct CommandSpec {
    const char *name;
    Command command;
    int arguments; ///< positional arguments after the command name
};

constexpr CommandSpec kCommands[] = {
    {"owners", Command::Owners, 0}, {"show", Command::Show, 1},       {"module", Command::Module, 2},
    {"status", Command::Status, 1}, {"preview", Command::Preview, 1}, {"activate", Command::Activate, 1},
};

ParsedCommandLine usageError(const QString &message) {
    ParsedCommandLine result;
    result.action = ParsedCommandLine::Action::UsageError;
    result.error = message;
    return result;
}

// "https://user:secret@host/x" -> "https://host/x", even for text QUrl cannot parse.
QString withoutUserInfo(QString text) {
    static const QRegularExpression userInfo(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@"));
    return text.replace(userInfo, QStringLiteral("\\1"));
}

// Reads a secret from the environment variable an option names; the value itself is never echoed.
bool secretFromEnvironment(const QProcessEnvironment &env, const QString &variable, QString *secret) {
    *secret = env.value(variable);
    return !variable.isEmpty() && !secret->isEmpty();
}

} // namespace

QString CommandLine::languageCode(const QString &localeName) {
    static const QRegularExpression code(QStringLiteral("^([A-Za-z]{2,3})(?:[_.@-].*)?$"));
    const QRegularExpressionMatch match = code.match(localeName);
    if (!match.hasMatch())
        return QString();
    return match.captured(1).toLower();
}

QString CommandLine::language(const QStringList &arguments, const QProcessEnvironment &env) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1StringView("--language") && i + 1 < arguments.size())
            return languageCode(arguments[i + 1]);
        if (a.startsWith(QLatin1StringView("--language=")))
            return languageCode(a.mid(11));
    }
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = env.value(QLatin1StringView(variable));
        if (value.isEmpty())
            continue;
        const QString code = languageCode(value);
        return code.isEmpty() ? QStringLiteral("en") : code; // "C", "POSIX": untranslated
    }
    const QString code = languageCode(QLocale::system().name());
    return code.isEmpty() || code == QLatin1StringView("c") ? QStringLiteral("en") : code;
}

QString CommandLine::helpText() {
    return tr("Usage: licensedesk-cli [options] <command> [args]\n"
              "\n"
              "Commands:\n"
              "  owners                    every module owner with totals\n"
              "  show OWNER                per-module usage of one owner\n"
              "  module OWNER MODULE       one module license\n"
              "  status OWNER              what the license server says\n"
              "  preview OWNER             what activating the license server's license would change\n"
              "  activate OWNER [--yes]    preview, ask (unless --yes), activate, re-read, verify\n"
              "\n"
              "Options:\n"
              "  --url URL                 API root (env LICENSEDESK_URL)\n"
              "  --user NAME               Basic auth user (env LICENSEDESK_USER); the password comes from\n"
              "                            env LICENSEDESK_PASSWORD, else the desktop app's keychain entry\n"
              "                            for this URL and user, else a no-echo prompt on a terminal\n"
              "  --ticket-env VAR          SoTicket taken from that environment variable\n"
              "  --token-env VAR           Bearer token taken from that environment variable\n"
              "  --app-token-env VAR       SO-AppToken taken from that environment variable\n"
              "  --language LANG           UI and server language (default: the system's)\n"
              "  --format table|json|csv   output format (default: table)\n"
              "  --timeout SECONDS         request timeout (default: 30)\n"
              "  --yes                     activate without asking\n"
              "  --version, --help\n"
              "\n"
              "Output: tables fit the terminal (COLUMNS overrides its width). JSON and CSV use stable\n"
              "English keys; dates are ISO 8601; a permanent license's expiry is null in JSON, empty in\n"
              "CSV and \"never\" in tables. CSV follows RFC 4180 with a header row. activate --format json\n"
              "prints one object: preview, activated, verified, mismatches, stored.\n"
              "\n"
              "Exit codes: 0 success, 1 usage error, 2 cannot connect (TLS, timeout), 3 authentication\n"
              "refused, 4 server error, 5 malformed response, 6 activation blocked or refused.\n");
}

namespace {

// The options licensedesk-cli understands (helpText() describes them).
struct Options {
    QCommandLineOption url{QStringLiteral("url"), QString(), QStringLiteral("URL")};
    QCommandLineOption user{QStringLiteral("user"), QString(), QStringLiteral("NAME")};
    QCommandLineOption ticketEnv{QStringLiteral("ticket-env"), QString(), QStringLiteral("VAR")};
    QCommandLineOption tokenEnv{QStringLiteral("token-env"), QString(), QStringLiteral("VAR")};
    QCommandLineOption appTokenEnv{QStringLiteral("app-token-env"), QString(), QStringLiteral("VAR")};
    QCommandLineOption language{QStringLiteral("language"), QString(), QStringLiteral("LANG")};
    QCommandLineOption format{QStringLiteral("format"), QString(), QStringLiteral("FORMAT")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS")};
    QCommandLineOption yes{QStringLiteral("yes")};
    QCommandLineOption version{QStringLiteral("version")};
    QCommandLineOption help{QStringList{QStringLiteral("help"), QStringLiteral("h")}};

    QList<QCommandLineOption> all() const {
        return {url, user, ticketEnv, tokenEnv, appTokenEnv, language, format, timeout, yes, version, help};
    }
};

/// A translated usage error, or nothing when that part of the command line is fine.
using Problem = std::optional<QString>;

Problem readCommand(const QStringList &positional, CliOptions &options) {
    if (positional.isEmpty())
        return CommandLine::tr("no command given");
    const CommandSpec *spec = nullptr;
    for (const CommandSpec &candidate : kCommands) {
        if (positional.first() == QLatin1StringView(candidate.name))
            spec = &candidate;
    }
    if (!spec)
        return CommandLine::tr("unknown command \"%1\"").arg(positional.first());
    if (positional.size() - 1 != spec->arguments)
        return CommandLine::tr("\"%1\" takes %n argument(s)", nullptr, spec->arguments)
            .arg(positional.first());
    options.command = spec->command;
    if (spec->arguments >= 1)
        options.owner = positional.at(1);
    if (spec->arguments >= 2)
        options.module = positional.at(2);
    if (spec->arguments >= 1 && options.owner.trimmed().isEmpty())
        return CommandLine::tr("the owner name is empty");
    if (options.command == Command::Module && options.module.trimmed().isEmpty())
        return CommandLine::tr("the module name is empty");
    return std::nullopt;
}

Problem readFormat(const QCommandLineParser &parser, const Options &o, OutputFormat &format) {
    if (!parser.isSet(o.format))
        return std::nullopt;
    const QString value = parser.value(o.format);
    if (value == QLatin1StringView("table"))
        format = OutputFormat::Table;
    else if (value == QLatin1StringView("json"))
        format = OutputFormat::Json;
    else if (value == QLatin1StringView("csv"))
        format = OutputFormat::Csv;
    else
        return CommandLine::tr("unknown format \"%1\": use table, json or csv").arg(value);
    return std::nullopt;
}

Problem readApiRoot(const QCommandLineParser &parser, const Options &o, const QProcessEnvironment &env,
                    ConnectionSettings &settings) {
    const QString urlText =
        parser.isSet(o.url) ? parser.value(o.url) : env.value(QStringLiteral("LICENSEDESK_URL"));
    if (urlText.trimmed().isEmpty())
        return CommandLine::tr("no API URL: pass --url or set LICENSEDESK_URL");
    QString urlError;
    const std::optional<QUrl> root = ConnectionSettings::normaliseApiRoot(urlText, &urlError);
    if (!root) {
        // Echo what was typed, minus any "user:password@": error output ends up in logs.
        const QString shown = withoutUserInfo(urlText.trimmed());
        urlError.replace(urlText.trimmed(), shown);
        return CommandLine::tr("unusable API URL \"%1\": %2").arg(shown, urlError);
    }
    settings.apiRoot = *root;
    return std::nullopt;
}

Problem readTimeoutAndLanguage(const QCommandLineParser &parser, const Options &o,
                               const QProcessEnvironment &env, ConnectionSettings &settings) {
    if (parser.isSet(o.timeout)) {
        bool ok = false;
        const int seconds = parser.value(o.timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600)
            return CommandLine::tr("--timeout needs a number of seconds between 1 and 86400");
        settings.timeout = std::chrono::seconds(seconds);
    }
    if (!parser.isSet(o.language)) {
        settings.language = CommandLine::language({}, env);
        return std::nullopt;
    }
    settings.language = CommandLine::languageCode(parser.value(o.language));
    if (settings.language.isEmpty())
        return CommandLine::tr("unknown language \"%1\": use an ISO code such as en or nb")
            .arg(parser.value(o.language));
    return std::nullopt;
}

Problem readCredentials(const QCommandLineParser &parser, const Options &o, const QProcessEnvironment &env,
                        ConnectionSettings &settings) {
    const bool ticket = parser.isSet(o.ticketEnv);
    const bool token = parser.isSet(o.tokenEnv);
    if (ticket && token)
        return CommandLine::tr("use either --ticket-env or --token-env, not both");
    if ((ticket || token) && parser.isSet(o.user))
        return CommandLine::tr("--user cannot be combined with --ticket-env or --token-env");
    if (ticket || token) {
        const QString variable = parser.value(ticket ? o.ticketEnv : o.tokenEnv);
        if (!secretFromEnvironment(env, variable, &settings.secret))
            return CommandLine::tr("the environment variable \"%1\" is not set or empty").arg(variable);
        settings.auth = ticket ? AuthMethod::SoTicket : AuthMethod::Bearer;
    } else {
        settings.user =
            parser.isSet(o.user) ? parser.value(o.user) : env.value(QStringLiteral("LICENSEDESK_USER"));
        settings.auth = settings.user.isEmpty() ? AuthMethod::None : AuthMethod::Basic;
    }
    if (parser.isSet(o.appTokenEnv)) {
        const QString variable = parser.value(o.appTokenEnv);
        if (!secretFromEnvironment(env, variable, &settings.appToken))
            return CommandLine::tr("the environment variable \"%1\" is not set or empty").arg(variable);
    }
    return std::nullopt;
}

} // namespace

ParsedCommandLine CommandLine::parse(const QStringList &arguments, const QProcessEnvironment &env) {
    const Options o;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(o.all());
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    ParsedCommandLine result;
    if (parser.isSet(o.help) || parser.isSet(o.version)) {
        result.action = parser.isSet(o.help) ? ParsedCommandLine::Action::ShowHelp
                                             : ParsedCommandLine::Action::ShowVersion;
        return result;
    }

    CliOptions &options = result.options;
    if (Problem problem = readCommand(parser.positionalArguments(), options))
        return usageError(*problem);
    options.assumeYes = parser.isSet(o.yes);
    if (options.assumeYes && options.command != Command::Activate)
        return usageError(tr("--yes only applies to \"activate\""));
    for (Problem problem :
         {readFormat(parser, o, options.format), readApiRoot(parser, o, env, options.settings),
          readTimeoutAndLanguage(parser, o, env, options.settings),
          readCredentials(parser, o, env, options.settings)}) {
        if (problem)
            return usageError(*problem);
    }
    result.action = ParsedCommandLine::Action::Run;
    return result;
}

} // namespace LicenseDesk::Cli

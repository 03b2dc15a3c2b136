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

ParsedCommandLine CommandLine::parse(const QStringList &arguments, const QProcessEnvironment &env) {
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption url(QStringLiteral("url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption ticketEnv(QStringLiteral("ticket-env"), QString(), QStringLiteral("VAR"));
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"), QString(), QStringLiteral("VAR"));
    const QCommandLineOption appTokenEnv(QStringLiteral("app-token-env"), QString(), QStringLiteral("VAR"));
    const QCommandLineOption language(QStringLiteral("language"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"));
    const QCommandLineOption yes(QStringLiteral("yes"));
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")});
    parser.addOptions(
        {url, user, ticketEnv, tokenEnv, appTokenEnv, language, format, timeout, yes, version, help});

    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    ParsedCommandLine result;
    if (parser.isSet(help)) {
        result.action = ParsedCommandLine::Action::ShowHelp;
        return result;
    }
    if (parser.isSet(version)) {
        result.action = ParsedCommandLine::Action::ShowVersion;
        return result;
    }

    CliOptions &options = result.options;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(tr("no command given"));
    const CommandSpec *spec = nullptr;
    for (const CommandSpec &candidate : kCommands) {
        if (positional.first() == QLatin1StringView(candidate.name))
            spec = &candidate;
    }
    if (!spec)
        return usageError(tr("unknown command \"%1\"").arg(positional.first()));
    if (positional.size() - 1 != spec->arguments)
        return usageError(
            tr("\"%1\" takes %n argument(s)", nullptr, spec->arguments).arg(positional.first()));
    options.command = spec->command;
    if (spec->arguments >= 1)
        options.owner = positional.at(1);
    if (spec->arguments >= 2)
        options.module = positional.at(2);
    if (spec->arguments >= 1 && options.owner.trimmed().isEmpty())
        return usageError(tr("the owner name is empty"));
    if (options.command == Command::Module && options.module.trimmed().isEmpty())
        return usageError(tr("the module name is empty"));

    options.assumeYes = parser.isSet(yes);
    if (options.assumeYes && options.command != Command::Activate)
        return usageError(tr("--yes only applies to \"activate\""));

    if (parser.isSet(format)) {
        const QString value = parser.value(format);
        if (value == QLatin1StringView("table"))
            options.format = OutputFormat::Table;
        else if (value == QLatin1StringView("json"))
            options.format = OutputFormat::Json;
        else if (value == QLatin1StringView("csv"))
            options.format = OutputFormat::Csv;
        else
            return usageError(tr("unknown format \"%1\": use table, json or csv").arg(value));
    }

    ConnectionSettings &settings = options.settings;
    const QString urlText =
        parser.isSet(url) ? parser.value(url) : env.value(QStringLiteral("LICENSEDESK_URL"));
    if (urlText.trimmed().isEmpty())
        return usageError(tr("no API URL: pass --url or set LICENSEDESK_URL"));
    QString urlError;
    const std::optional<QUrl> root = ConnectionSettings::normaliseApiRoot(urlText, &urlError);
    if (!root) {
        // Echo what was typed, minus any "user:password@": error output ends up in logs.
        const QString shown = withoutUserInfo(urlText.trimmed());
        urlError.replace(urlText.trimmed(), shown);
        return usageError(tr("unusable API URL \"%1\": %2").arg(shown, urlError));
    }
    settings.apiRoot = *root;

    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600)
            return usageError(tr("--timeout needs a number of seconds between 1 and 86400"));
        settings.timeout = std::chrono::seconds(seconds);
    }

    if (parser.isSet(language)) {
        settings.language = languageCode(parser.value(language));
        if (settings.language.isEmpty())
            return usageError(
                tr("unknown language \"%1\": use an ISO code such as en or nb").arg(parser.value(language)));
    } else {
        settings.language = CommandLine::language({}, env);
    }

    if (parser.isSet(ticketEnv) && parser.isSet(tokenEnv))
        return usageError(tr("use either --ticket-env or --token-env, not both"));
    if ((parser.isSet(ticketEnv) || parser.isSet(tokenEnv)) && parser.isSet(user))
        return usageError(tr("--user cannot be combined with --ticket-env or --token-env"));
    if (parser.isSet(ticketEnv) || parser.isSet(tokenEnv)) {
        const QString variable = parser.value(parser.isSet(ticketEnv) ? ticketEnv : tokenEnv);
        if (!secretFromEnvironment(env, variable, &settings.secret))
            return usageError(tr("the environment variable \"%1\" is not set or empty").arg(variable));
        settings.auth = parser.isSet(ticketEnv) ? AuthMethod::SoTicket : AuthMethod::Bearer;
    } else {
        settings.user =
            parser.isSet(user) ? parser.value(user) : env.value(QStringLiteral("LICENSEDESK_USER"));
        settings.auth = settings.user.isEmpty() ? AuthMethod::None : AuthMethod::Basic;
    }
    if (parser.isSet(appTokenEnv)) {
        const QString variable = parser.value(appTokenEnv);
        if (!secretFromEnvironment(env, variable, &settings.appToken))
            return usageError(tr("the environment variable \"%1\" is not set or empty").arg(variable));
    }

    result.action = ParsedCommandLine::Action::Run;
    return result;
}

} // namespace LicenseDesk::Cli

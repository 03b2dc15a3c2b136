// licensedesk-cli's argument rules and the one mapping from error categories to exit codes.
#include "CommandLine.h"
#include "ExitCode.h"

#include <QTest>

using namespace LicenseDesk;
using namespace LicenseDesk::Cli;
using namespace Qt::StringLiterals;

class TestCommandLine : public QObject {
    Q_OBJECT

private:
    static QProcessEnvironment environment(std::initializer_list<std::pair<QString, QString>> values = {}) {
        QProcessEnvironment env;
        env.insert(u"LICENSEDESK_URL"_s, u"http://crm.example/SuperOffice"_s);
        for (const auto &[key, value] : values)
            env.insert(key, value);
        return env;
    }
    static ParsedCommandLine parse(QStringList args, const QProcessEnvironment &env = environment()) {
        args.prepend(u"licensedesk-cli"_s);
        return CommandLine::parse(args, env);
    }

private slots:
    void parsesEveryCommandWithItsArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<QString>("module");
        QTest::newRow("owners") << QStringList{u"owners"_s} << int(Command::Owners) << QString() << QString();
        QTest::newRow("show") << QStringList{u"show"_s, u"SUPEROFFICE"_s} << int(Command::Show)
                              << u"SUPEROFFICE"_s << QString();
        QTest::newRow("module") << QStringList{u"module"_s, u"SUPEROFFICE"_s, u"ten-sales"_s}
                                << int(Command::Module) << u"SUPEROFFICE"_s << u"ten-sales"_s;
        QTest::newRow("status") << QStringList{u"status"_s, u"ACME"_s} << int(Command::Status) << u"ACME"_s
                                << QString();
        QTest::newRow("preview") << QStringList{u"preview"_s, u"ACME"_s} << int(Command::Preview) << u"ACME"_s
                                 << QString();
        QTest::newRow("activate --yes after") << QStringList{u"activate"_s, u"ACME"_s, u"--yes"_s}
                                              << int(Command::Activate) << u"ACME"_s << QString();
    }
    void parsesEveryCommandWithItsArguments() {
        QFETCH(QStringList, args);
        QFETCH(int, command);
        QFETCH(QString, owner);
        QFETCH(QString, module);
        const ParsedCommandLine parsed = parse(args);
        QCOMPARE(parsed.action, ParsedCommandLine::Action::Run);
        QCOMPARE(int(parsed.options.command), command);
        QCOMPARE(parsed.options.owner, owner);
        QCOMPARE(parsed.options.module, module);
        QCOMPARE(parsed.options.settings.apiRoot, QUrl(u"http://crm.example/SuperOffice/api"_s));
        QCOMPARE(parsed.options.settings.timeout, std::chrono::milliseconds(30000));
        QCOMPARE(parsed.options.format, OutputFormat::Table);
    }

    void refusesBadUsage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("withUrl");
        QTest::newRow("no command") << QStringList{} << true;
        QTest::newRow("unknown command") << QStringList{u"list"_s} << true;
        QTest::newRow("missing owner") << QStringList{u"show"_s} << true;
        QTest::newRow("extra argument") << QStringList{u"show"_s, u"A"_s, u"B"_s} << true;
        QTest::newRow("module without module") << QStringList{u"module"_s, u"A"_s} << true;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"owners"_s} << true;
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s, u"owners"_s} << true;
        QTest::newRow("bad timeout") << QStringList{u"--timeout"_s, u"soon"_s, u"owners"_s} << true;
        QTest::newRow("zero timeout") << QStringList{u"--timeout"_s, u"0"_s, u"owners"_s} << true;
        QTest::newRow("yes on a read command") << QStringList{u"show"_s, u"A"_s, u"--yes"_s} << true;
        QTest::newRow("no url") << QStringList{u"owners"_s} << false;
        QTest::newRow("unusable url") << QStringList{u"--url"_s, u"ftp://x"_s, u"owners"_s} << false;
        QTest::newRow("unset ticket variable")
            << QStringList{u"--ticket-env"_s, u"NOPE"_s, u"owners"_s} << true;
        QTest::newRow("ticket and token")
            << QStringList{u"--ticket-env"_s, u"T"_s, u"--token-env"_s, u"T"_s, u"owners"_s} << true;
        QTest::newRow("user and ticket")
            << QStringList{u"--user"_s, u"u"_s, u"--ticket-env"_s, u"T"_s, u"owners"_s} << true;
        QTest::newRow("bad language") << QStringList{u"--language"_s, u"1234"_s, u"owners"_s} << true;
    }
    void refusesBadUsage() {
        QFETCH(QStringList, args);
        QFETCH(bool, withUrl);
        QProcessEnvironment env = withUrl ? environment({{u"T"_s, u"ticket"_s}}) : QProcessEnvironment();
        const ParsedCommandLine parsed = parse(args, env);
        QCOMPARE(parsed.action, ParsedCommandLine::Action::UsageError);
        QVERIFY(!parsed.error.isEmpty());
    }

    void takesCredentialsFromTheNamedVariables() {
        const QProcessEnvironment env = environment({{u"MY_TICKET"_s, u"7T:abc"_s}, {u"APP"_s, u"secret"_s}});
        ParsedCommandLine parsed =
            parse({u"--ticket-env"_s, u"MY_TICKET"_s, u"--app-token-env"_s, u"APP"_s, u"owners"_s}, env);
        QCOMPARE(parsed.action, ParsedCommandLine::Action::Run);
        QCOMPARE(parsed.options.settings.auth, AuthMethod::SoTicket);
        QCOMPARE(parsed.options.settings.secret, u"7T:abc"_s);
        QCOMPARE(parsed.options.settings.appToken, u"secret"_s);
        QVERIFY(!parsed.options.needsPassword());

        parsed = parse({u"--token-env"_s, u"MY_TICKET"_s, u"owners"_s}, env);
        QCOMPARE(parsed.options.settings.auth, AuthMethod::Bearer);

        parsed = parse({u"owners"_s}, environment({{u"LICENSEDESK_USER"_s, u"admin"_s}}));
        QCOMPARE(parsed.options.settings.auth, AuthMethod::Basic);
        QCOMPARE(parsed.options.settings.user, u"admin"_s);
        QVERIFY(parsed.options.needsPassword());

        parsed =
            parse({u"--user"_s, u"other"_s, u"owners"_s}, environment({{u"LICENSEDESK_USER"_s, u"admin"_s}}));
        QCOMPARE(parsed.options.settings.user, u"other"_s);

        parsed = parse({u"owners"_s});
        QCOMPARE(parsed.options.settings.auth, AuthMethod::None);
    }

    void readsFormatTimeoutAndHelp() {
        ParsedCommandLine parsed = parse({u"--format"_s, u"json"_s, u"--timeout"_s, u"5"_s, u"owners"_s});
        QCOMPARE(parsed.options.format, OutputFormat::Json);
        QCOMPARE(parsed.options.settings.timeout, std::chrono::milliseconds(5000));
        QCOMPARE(parse({u"--format=csv"_s, u"owners"_s}).options.format, OutputFormat::Csv);
        QCOMPARE(parse({u"--help"_s}).action, ParsedCommandLine::Action::ShowHelp);
        QCOMPARE(parse({u"--version"_s}).action, ParsedCommandLine::Action::ShowVersion);
        QVERIFY(CommandLine::helpText().contains(u"activate OWNER [--yes]"_s));
    }

    void languageComesFromOptionThenLocaleVariables_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("option") << QStringList{u"--language"_s, u"de"_s} << u"nb_NO.UTF-8"_s << QString()
                                << u"de"_s;
        QTest::newRow("option with region")
            << QStringList{u"--language=sv_SE"_s} << QString() << QString() << u"sv"_s;
        QTest::newRow("LC_ALL first") << QStringList{} << u"nb_NO.UTF-8"_s << u"de_DE.UTF-8"_s << u"nb"_s;
        QTest::newRow("LANG") << QStringList{} << QString() << u"nl_NL.UTF-8"_s << u"nl"_s;
        QTest::newRow("C locale is English") << QStringList{} << u"C.UTF-8"_s << QString() << u"en"_s;
    }
    void languageComesFromOptionThenLocaleVariables() {
        QFETCH(QStringList, args);
        QFETCH(QString, lcAll);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcessEnvironment env = environment();
        if (!lcAll.isEmpty())
            env.insert(u"LC_ALL"_s, lcAll);
        if (!lang.isEmpty())
            env.insert(u"LANG"_s, lang);
        args.append(u"owners"_s);
        const ParsedCommandLine parsed = parse(args, env);
        QCOMPARE(parsed.action, ParsedCommandLine::Action::Run);
        QCOMPARE(parsed.options.settings.language, expected);
    }

    void mapsEveryErrorCategoryToTheDocumentedExitCode_data() {
        QTest::addColumn<int>("category");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("none") << int(ErrorCategory::None) << 0;
        QTest::newRow("cannot connect") << int(ErrorCategory::CannotConnect) << 2;
        QTest::newRow("tls") << int(ErrorCategory::Tls) << 2;
        QTest::newRow("timeout") << int(ErrorCategory::Timeout) << 2;
        QTest::newRow("cancelled") << int(ErrorCategory::Cancelled) << 2;
        QTest::newRow("authentication") << int(ErrorCategory::Authentication) << 3;
        QTest::newRow("not found") << int(ErrorCategory::NotFound) << 4;
        QTest::newRow("misdirected") << int(ErrorCategory::Misdirected) << 4;
        QTest::newRow("server error") << int(ErrorCategory::ServerError) << 4;
        QTest::newRow("http error") << int(ErrorCategory::HttpError) << 4;
        QTest::newRow("bad response") << int(ErrorCategory::BadResponse) << 5;
        QTest::newRow("too large") << int(ErrorCategory::TooLarge) << 5;
        QTest::newRow("business refusal") << int(ErrorCategory::BusinessRefusal) << 6;
        QTest::newRow("invalid request") << int(ErrorCategory::InvalidRequest) << 1;
    }
    void mapsEveryErrorCategoryToTheDocumentedExitCode() {
        QFETCH(int, category);
        QFETCH(int, exitCode);
        QCOMPARE(toInt(exitCodeFor(ErrorCategory(category))), exitCode);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

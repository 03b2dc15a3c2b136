// Shared by the CLI process tests: run licensedesk-cli, start licensedesk-demo-server, read JSON.
#pragma once

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace CliTest {

inline const QString kPassword = u"Cli-S3cret-Pass"_s;
inline const QString kWrongPassword = u"Wr0ng-Guess-Pass"_s;
inline const QString kTicket = u"7T:ZGVtby10aWNrZXQtbGljZW5zZWRlc2s="_s; // the demo server's fixed ticket

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString binary(const char *name) {
    return QStringLiteral(LICENSEDESK_BIN_DIR "/") + QLatin1StringView(name);
}

inline QJsonDocument parseJson(const QString &text) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text.left(400)));
    return document;
}

inline QJsonObject byField(const QJsonArray &array, const QString &field, const QString &value) {
    for (const QJsonValue &item : array) {
        if (item.toObject().value(field).toString() == value)
            return item.toObject();
    }
    return {};
}

// A demo server process on a free loopback port with its own state file.
class DemoServerProcess {
public:
    bool start(const QString &dataFile) {
        m_process.setProgram(binary("licensedesk-demo-server"));
        m_process.setArguments({u"--port"_s, u"0"_s, u"--data"_s, dataFile, u"--reset"_s, u"--user"_s,
                                u"admin"_s, u"--password"_s, kPassword});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        QByteArray line;
        QDeadlineTimer deadline(15000);
        while (!line.contains('\n') && !deadline.hasExpired()) {
            if (!m_process.waitForReadyRead(int(deadline.remainingTime())))
                break;
            line += m_process.readAll();
        }
        const QByteArray first = line.left(line.indexOf('\n')).trimmed();
        const QByteArray prefix = "listening on ";
        if (!first.startsWith(prefix))
            return false;
        m_apiRoot = QString::fromUtf8(first.mid(prefix.size()));
        return true;
    }
    ~DemoServerProcess() {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    QString apiRoot() const { return m_apiRoot; }

private:
    QProcess m_process;
    QString m_apiRoot;
};

// Runs the CLI with stdin closed (not a terminal), waiting with the event loop running so that
// in-process peers keep answering. configDir isolates the desktop app's settings (no saved profiles).
inline CliRun runCli(const QStringList &args, const QString &apiRoot, const QString &configDir,
                     std::initializer_list<std::pair<QString, QString>> env = {}) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"COLUMNS"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, configDir);
    environment.insert(u"LICENSEDESK_URL"_s, apiRoot);
    environment.insert(u"LICENSEDESK_USER"_s, u"admin"_s);
    environment.insert(u"LICENSEDESK_PASSWORD"_s, kPassword);
    for (const auto &[key, value] : env)
        environment.insert(key, value);
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(binary("licensedesk-cli"), args);
    if (!process.waitForStarted(10000))
        qFatal("licensedesk-cli did not start");
    process.closeWriteChannel();
    if (!finished.wait(60000))
        qFatal("licensedesk-cli did not finish");
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// What every CLI process test holds: a temp dir, a demo server process, and all output seen so far
/// (so a test can assert a secret never appeared anywhere).
class CliFixture {
protected:
    CliRun cli(const QStringList &args, const QString &apiRoot = QString(),
               std::initializer_list<std::pair<QString, QString>> env = {}) {
        const CliRun run =
            runCli(args, apiRoot.isEmpty() ? m_server.apiRoot() : apiRoot, m_dir.filePath(u"config"_s), env);
        m_allOutput += run.out + run.err;
        return run;
    }

    bool startServer() { return m_dir.isValid() && m_server.start(m_dir.filePath(u"demo.json"_s)); }

    QTemporaryDir m_dir;
    DemoServerProcess m_server;
    QString m_allOutput;
};

} // namespace CliTest

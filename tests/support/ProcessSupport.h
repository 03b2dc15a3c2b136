// Tests that run the real executables: licensedesk-cli to the end, licensedesk-demo-server in the
// background. Shared by the CLI and the reliability tests.
#pragma once

#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>

namespace ProcessTest {

using namespace Qt::StringLiterals;

/// The Basic credentials the demo server processes accept and the CLI runs send.
inline const QString kUser = u"admin"_s;
inline const QString kPassword = u"Cli-S3cret-Pass"_s;

struct CliRun {
    int exitCode = -1; ///< -1 when the process crashed
    QString out;
    QString err;
};

inline QString binary(const char *name) {
    return QStringLiteral(LICENSEDESK_BIN_DIR "/") + QLatin1StringView(name);
}

/// The environment every CLI run starts from: no saved profiles (configDir), Basic kUser/kPassword.
inline QProcessEnvironment cliEnvironment(const QString &apiRoot, const QString &configDir) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"COLUMNS"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, configDir);
    environment.insert(u"LICENSEDESK_URL"_s, apiRoot);
    environment.insert(u"LICENSEDESK_USER"_s, kUser);
    environment.insert(u"LICENSEDESK_PASSWORD"_s, kPassword);
    return environment;
}

/// Starts the CLI without waiting (for concurrent runs); stdin is closed, so it is no terminal.
inline void startCli(QProcess &process, const QStringList &args, const QProcessEnvironment &environment) {
    process.setProcessEnvironment(environment);
    process.start(binary("licensedesk-cli"), args);
    if (!process.waitForStarted(10000))
        qFatal("licensedesk-cli did not start");
    process.closeWriteChannel();
}

inline CliRun collect(QProcess &process) {
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// Runs the CLI to the end while the event loop keeps in-process peers answering.
inline CliRun runCli(const QStringList &args, const QProcessEnvironment &environment) {
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startCli(process, args, environment);
    if (!finished.wait(60000))
        qFatal("licensedesk-cli did not finish");
    return collect(process);
}

/// A licensedesk-demo-server process on a free loopback port, accepting kUser/kPassword.
class DemoServerProcess {
public:
    DemoServerProcess() = default;
    Q_DISABLE_COPY_MOVE(DemoServerProcess)

    /// dataFile keeps the state out of the user's data folder; extraArguments such as --latency MS.
    bool start(const QString &dataFile, const QStringList &extraArguments = {}) {
        m_process.setProgram(binary("licensedesk-demo-server"));
        m_process.setArguments(QStringList{u"--port"_s, u"0"_s, u"--data"_s, dataFile, u"--reset"_s,
                                           u"--user"_s, kUser, u"--password"_s, kPassword} +
                               extraArguments);
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

} // namespace ProcessTest

// Shared by the CLI process tests: a fixture with a demo server process, and JSON helpers.
#pragma once

#include "ProcessSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace CliTest {

using namespace ProcessTest;

inline const QString kWrongPassword = u"Wr0ng-Guess-Pass"_s;
inline const QString kTicket = u"7T:ZGVtby10aWNrZXQtbGljZW5zZWRlc2s="_s; // the demo server's fixed ticket

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

/// What every CLI process test holds: a temp dir, a demo server process, and all output seen so far
/// (so a test can assert a secret never appeared anywhere).
class CliFixture {
protected:
    CliRun cli(const QStringList &args, const QString &apiRoot = QString(),
               std::initializer_list<std::pair<QString, QString>> env = {}) {
        // The event loop runs while waiting, so that in-process peers keep answering.
        QProcessEnvironment environment =
            cliEnvironment(apiRoot.isEmpty() ? m_server.apiRoot() : apiRoot, m_dir.filePath(u"config"_s));
        for (const auto &[key, value] : env)
            environment.insert(key, value);
        const CliRun run = runCli(args, environment);
        m_allOutput += run.out + run.err;
        return run;
    }

    /// A server with kUser/kPassword that also accepts kTicket.
    bool startServer() {
        return m_dir.isValid() && m_server.start(m_dir.filePath(u"demo.json"_s), {u"--ticket"_s, kTicket});
    }

    QTemporaryDir m_dir;
    DemoServerProcess m_server;
    QString m_allOutput;
};

} // namespace CliTest

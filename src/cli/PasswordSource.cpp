// The password sources the CLI ships; a keychain source plugs into PasswordChain the same way.
#include "PasswordSource.h"

#include "Console.h"

#include <QCoreApplication>

namespace LicenseDesk::Cli {

namespace {
class PromptTexts final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::Cli::PasswordSource)
public:
    static QString prompt(const QString &user, const QUrl &root) {
        return tr("Password for %1 at %2: ").arg(user, root.toDisplayString(QUrl::RemoveUserInfo));
    }
};
} // namespace

EnvironmentPasswordSource::EnvironmentPasswordSource(QString variable)
    : m_variable(std::move(variable)) {}

void EnvironmentPasswordSource::lookUp(const QUrl &, const QString &, Callback done) {
    const QString value = qEnvironmentVariable(m_variable.toLocal8Bit().constData());
    done(value.isEmpty() ? std::nullopt : std::optional<QString>(value));
}

void TerminalPasswordPrompt::lookUp(const QUrl &apiRoot, const QString &user, Callback done) {
    if (!Console::stdinIsTerminal()) {
        done(std::nullopt);
        return;
    }
    // Reading before any request is in flight blocks nothing else, like ssh's prompt.
    done(Console::readHiddenLine(PromptTexts::prompt(user, apiRoot)));
}

void PasswordChain::append(std::unique_ptr<PasswordSource> source) {
    m_sources.push_back(std::move(source));
}

void PasswordChain::lookUp(const QUrl &apiRoot, const QString &user, Callback done) {
    tryFrom(0, apiRoot, user, std::move(done));
}

void PasswordChain::tryFrom(size_t index, const QUrl &apiRoot, const QString &user, Callback done) {
    if (index >= m_sources.size()) {
        done(std::nullopt);
        return;
    }
    m_sources[index]->lookUp(apiRoot, user,
                             [this, index, apiRoot, user, done](std::optional<QString> password) {
                                 if (password)
                                     done(std::move(password));
                                 else
                                     tryFrom(index + 1, apiRoot, user, done);
                             });
}

} // namespace LicenseDesk::Cli

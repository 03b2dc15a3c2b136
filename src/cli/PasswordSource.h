// Where the Basic-auth password comes from: environment, keychain, terminal prompt (a seam for each).
#pragma once

#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace LicenseDesk::Cli {

/// One place a password may be found. Asynchronous so that a keychain backend (QtKeychain jobs) fits.
class PasswordSource {
public:
    using Callback = std::function<void(std::optional<QString>)>;
    virtual ~PasswordSource() = default;
    /// Looks up the password of user at apiRoot and calls done exactly once, perhaps before returning;
    /// nullopt when this source has none.
    virtual void lookUp(const QUrl &apiRoot, const QString &user, Callback done) = 0;
};

/// LICENSEDESK_PASSWORD (or another variable), as scripts and CI pass it.
class EnvironmentPasswordSource final : public PasswordSource {
public:
    explicit EnvironmentPasswordSource(QString variable = QStringLiteral("LICENSEDESK_PASSWORD"));
    void lookUp(const QUrl &apiRoot, const QString &user, Callback done) override;

private:
    QString m_variable;
};

/// Asks on the terminal without echo; has nothing when stdin is not a terminal (scripts never hang).
class TerminalPasswordPrompt final : public PasswordSource {
public:
    void lookUp(const QUrl &apiRoot, const QString &user, Callback done) override;
};

/// Tries each source in order until one has a password.
class PasswordChain final : public PasswordSource {
public:
    void append(std::unique_ptr<PasswordSource> source);
    void lookUp(const QUrl &apiRoot, const QString &user, Callback done) override;

private:
    void tryFrom(size_t index, const QUrl &apiRoot, const QString &user, Callback done);

    std::vector<std::unique_ptr<PasswordSource>> m_sources;
};

} // namespace LicenseDesk::Cli

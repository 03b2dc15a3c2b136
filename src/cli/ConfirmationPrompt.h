// Asks a yes/no question on the terminal without blocking the event loop.
#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace LicenseDesk::Cli {

class ConfirmationPrompt final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmationPrompt)

public:
    explicit ConfirmationPrompt(QObject *parent = nullptr);
    ~ConfirmationPrompt() override;

    /// Writes question to stderr and waits for a line on stdin; answered() follows once.
    void ask(const QString &question);
    /// Whether a typed answer means yes: "y"/"yes" or the translated word for yes.
    static bool isYes(const QString &answer);

signals:
    /// yes is false for anything but a yes, including the end of input.
    void answered(bool yes);

private:
    void readAvailable();
    void finish(bool yes);

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_line;
    bool m_done = false;
};

} // namespace LicenseDesk::Cli

// Waits for the answer through a socket notifier on stdin (Unix); Windows reads the console line directly.
#include "ConfirmationPrompt.h"

#include "Console.h"

#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_WIN
#include <iostream>
#include <string>
#else
#include <unistd.h>
#endif

namespace LicenseDesk::Cli {

ConfirmationPrompt::ConfirmationPrompt(QObject *parent)
    : QObject(parent) {}

ConfirmationPrompt::~ConfirmationPrompt() = default;

bool ConfirmationPrompt::isYes(const QString &answer) {
    const QString a = answer.trimmed().toLower();
    //: The word a user types to confirm at a "[y/N]" prompt (lower case); "y" and "yes" always work too.
    const QString localYes = tr("yes");
    return a == u"y" || a == u"yes" || a == localYes || (!localYes.isEmpty() && a == localYes.left(1));
}

void ConfirmationPrompt::ask(const QString &question) {
    Console::writeErr(question + u' ');
#ifdef Q_OS_WIN
    // Console handles cannot be watched by QSocketNotifier; nothing else runs while the user decides.
    QTimer::singleShot(0, this, [this] {
        std::string line;
        if (!std::getline(std::cin, line)) {
            finish(false);
            return;
        }
        finish(isYes(QString::fromLocal8Bit(line.data(), qsizetype(line.size()))));
    });
#else
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ConfirmationPrompt::readAvailable);
#endif
}

void ConfirmationPrompt::readAvailable() {
#ifndef Q_OS_WIN
    char buffer[256];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) {
        finish(false);
        return;
    }
    m_line.append(buffer, qsizetype(n));
    const qsizetype newline = m_line.indexOf('\n');
    if (newline >= 0)
        finish(isYes(QString::fromUtf8(m_line.left(newline))));
#endif
}

void ConfirmationPrompt::finish(bool yes) {
    if (m_done)
        return;
    m_done = true;
    if (m_notifier)
        m_notifier->setEnabled(false);
    emit answered(yes);
}

} // namespace LicenseDesk::Cli

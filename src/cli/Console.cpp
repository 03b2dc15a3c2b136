// Platform details of the console, kept out of the command logic.
#include "Console.h"

#include "TerminalText.h"

#include <QByteArray>
#include <QStringList>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace LicenseDesk::Cli::Console {

namespace {

void writeTo(FILE *stream, const QString &text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

#ifndef Q_OS_WIN
// Restores the terminal's echo even when reading fails half way.
class EchoOff final {
public:
    EchoOff() {
        m_active = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff() {
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};
#else
class EchoOff final {
public:
    EchoOff() {
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_saved);
        if (m_active)
            SetConsoleMode(m_handle, m_saved & ~DWORD(ENABLE_ECHO_INPUT));
    }
    ~EchoOff() {
        if (m_active) {
            SetConsoleMode(m_handle, m_saved);
            std::fputs("\n", stderr);
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    HANDLE m_handle = nullptr;
    DWORD m_saved = 0;
    bool m_active = false;
};
#endif

} // namespace

void setUp() {
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
}

bool stdinIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool stdoutIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdout)) != 0;
#else
    return isatty(STDOUT_FILENO) != 0;
#endif
}

int outputWidth() {
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (ok && columns > 0)
        return columns;
    if (!stdoutIsTerminal())
        return 0;
#ifdef Q_OS_WIN
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (GetConsoleScreenBufferInfo(GetStdHandle(STD_OUTPUT_HANDLE), &info))
        return info.srWindow.Right - info.srWindow.Left + 1;
#else
    winsize size{};
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
#endif
    return 0;
}

void writeOut(const QString &text) {
    writeTo(stdout, text);
}

void writeErr(const QString &text) {
    writeTo(stderr, text);
}

void error(const QString &message) {
    writeErr(QStringLiteral("licensedesk-cli: ") + TerminalText::printable(message) + u'\n');
}

std::optional<QString> readHiddenLine(const QString &prompt) {
    writeErr(prompt);
    std::string line;
    bool gotLine = false;
    {
        const EchoOff echoOff;
        gotLine = bool(std::getline(std::cin, line));
    }
    if (!gotLine)
        return std::nullopt;
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

} // namespace LicenseDesk::Cli::Console

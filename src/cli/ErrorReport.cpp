// Error text for stderr: short, translated, single-line parts, no HTML and no secrets.
#include "ErrorReport.h"

#include "Console.h"

namespace LicenseDesk::Cli {

namespace {

// Only short plain text is shown: an HTML error page or a stack trace is noise in a terminal.
bool isPlainLine(const QString &text) {
    return !text.isEmpty() && text.size() <= 300 && !text.contains(u'<') && !text.contains(u'\n');
}

} // namespace

QStringList ErrorReport::lines(const ApiError &error) {
    QStringList out;
    QString message = error.userMessage.trimmed();
    if (message.isEmpty())
        message = tr("The request failed.");
    out.append(message);
    if (error.serverError) {
        const QString serverMessage = error.serverError->errorMessage.trimmed();
        if (isPlainLine(serverMessage) && !message.contains(serverMessage))
            out.append(tr("The server says: %1").arg(serverMessage));
    }
    if ((error.category == ErrorCategory::BadResponse) && isPlainLine(error.details) &&
        !message.contains(error.details))
        out.append(tr("Details: %1").arg(error.details));
    return out;
}

void ErrorReport::print(const ApiError &error) {
    const QStringList all = lines(error);
    for (const QString &line : all)
        Console::error(line);
}

} // namespace LicenseDesk::Cli

// A terminal obeys escape sequences and C1 controls, and a bidi override reorders the rest of a
// line: shown as visible escapes, server text can neither fake output nor hide part of it.
#include "TerminalText.h"

namespace LicenseDesk::TerminalText {

namespace {

bool isControl(char16_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isBidiControl(char16_t c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString hex(char16_t c, int digits) {
    return QString::number(uint(c), 16).toUpper().rightJustified(digits, u'0');
}

} // namespace

QString printable(QStringView text) {
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isControl(c))
            out += QStringLiteral("\\x") + hex(c, 2);
        else if (isBidiControl(c))
            out += QStringLiteral("\\u") + hex(c, 4);
        else
            out += qc;
    }
    return out;
}

} // namespace LicenseDesk::TerminalText

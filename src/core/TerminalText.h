// Text from a server made safe to print in a terminal: nothing in it can move the cursor,
// change colours, set the window title or reorder what is shown.
#pragma once

#include <QString>
#include <QStringView>

namespace LicenseDesk::TerminalText {

/// text with every control character (C0, DEL, C1) written as "\xNN" and every bidi override or
/// isolate (U+202A–U+202E, U+2066–U+2069) as "\uNNNN"; all other characters are kept as they are.
QString printable(QStringView text);

} // namespace LicenseDesk::TerminalText

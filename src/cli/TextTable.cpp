// Renders TextTable; widths are measured in terminal columns, not in UTF-16 units.
#include "TextTable.h"

#include "TerminalText.h"

#include <algorithm>

namespace LicenseDesk::Cli {

namespace {

constexpr int kGap = 2;
constexpr int kMinElidedWidth = 6;

int charWidth(char32_t c) {
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
        category == QChar::Other_Format)
        return 0;
    const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
                      (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                      (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                      (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) ||
                      (c >= 0x20000 && c <= 0x3FFFD);
    return wide ? 2 : 1;
}

QString pad(const QString &text, int width, TextTable::Align align) {
    const int fill = std::max(0, width - TextTable::displayWidth(text));
    const QString spaces(fill, u' ');
    return align == TextTable::Align::Right ? spaces + text : text + spaces;
}

} // namespace

TextTable::TextTable(QList<Column> columns)
    : m_columns(std::move(columns)) {}

void TextTable::addRow(const QStringList &cells) {
    QStringList row = cells.mid(0, m_columns.size());
    while (row.size() < m_columns.size())
        row.append(QString());
    // A line break inside a cell would tear the table apart; other controls would drive the terminal.
    for (QString &cell : row)
        cell = TerminalText::printable(cell.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' '));
    m_rows.append(row);
}

int TextTable::displayWidth(QStringView text) {
    int width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (uint c : codePoints)
        width += charWidth(char32_t(c));
    return width;
}

QString TextTable::elide(const QString &text, int width) {
    if (displayWidth(text) <= width)
        return text;
    if (width <= 0)
        return QString();
    const QString ellipsis = QStringLiteral("\u2026");
    QString result;
    int used = 0;
    const QList<uint> codePoints = QStringView(text).toUcs4();
    for (uint code : codePoints) {
        const char32_t c = char32_t(code);
        const int w = charWidth(c);
        if (used + w > width - 1)
            break;
        used += w;
        result += QString::fromUcs4(&c, 1);
    }
    return result + ellipsis;
}

QList<int> TextTable::columnWidths(int maxWidth) const {
    QList<int> widths;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        int width = displayWidth(m_columns[c].title);
        for (const QStringList &row : m_rows)
            width = std::max(width, displayWidth(row[c]));
        widths.append(width);
    }
    if (maxWidth <= 0)
        return widths;
    int total = 0;
    for (int w : std::as_const(widths))
        total += w;
    total += kGap * int(std::max<qsizetype>(0, widths.size() - 1));
    for (qsizetype c = 0; c < m_columns.size() && total > maxWidth; ++c) {
        if (!m_columns[c].elidable)
            continue;
        const int floor = std::min(widths[c], kMinElidedWidth);
        const int shrink = std::min(total - maxWidth, widths[c] - floor);
        widths[c] -= shrink;
        total -= shrink;
    }
    return widths;
}

QString TextTable::render(int maxWidth) const {
    const QList<int> widths = columnWidths(maxWidth);
    auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (c > 0)
                text += QString(kGap, u' ');
            text += pad(elide(cells[c], widths[c]), widths[c], m_columns[c].align);
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QStringList titles;
    QStringList rules;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        titles.append(m_columns[c].title);
        rules.append(QString(widths[c], u'-'));
    }
    QString out = line(titles) + line(rules);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace LicenseDesk::Cli

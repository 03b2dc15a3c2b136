// A plain-text table: aligned columns, right-aligned numbers, fitted to a width with "…".
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace LicenseDesk::Cli {

class TextTable final {
public:
    enum class Align { Left, Right };
    struct Column {
        QString title;
        Align align = Align::Left;
        bool elidable = false; ///< may be shortened with "…" to fit the width
    };

    explicit TextTable(QList<Column> columns);

    /// Adds one row; missing cells are empty, extra cells are ignored.
    void addRow(const QStringList &cells);
    qsizetype rowCount() const { return m_rows.size(); }

    /// Header, a rule and the rows, one line each, columns two spaces apart, no trailing spaces.
    /// With maxWidth > 0, elidable columns shrink (down to a few characters) so lines fit.
    QString render(int maxWidth = 0) const;

    /// Columns a string takes in a terminal: wide East Asian characters count two, combining marks none.
    static int displayWidth(QStringView text);
    /// text cut to at most width columns, ending in "…" when it was cut.
    static QString elide(const QString &text, int width);

private:
    QList<int> columnWidths(int maxWidth) const;

    QList<Column> m_columns;
    QList<QStringList> m_rows;
};

} // namespace LicenseDesk::Cli

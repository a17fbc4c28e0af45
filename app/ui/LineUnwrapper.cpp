#include "LineUnwrapper.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace kl {

namespace {

// A line that starts an item of its own: "- ", "• ", "1. ", "a) ", "Vraag 3", a Markdown heading or table.
bool startsItem(const QString& line)
{
    static const QRegularExpression item(
        QStringLiteral(
            "^\\s*([-•*–·▪>|#]|\\d{1,3}[.)]|[a-z][.)]\\s|\\(\\d{1,3}\\)|(Vraag|Antwoord|Question|Answer)\\b)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return item.match(line).hasMatch();
}

} // namespace

QString LineUnwrapper::unwrap(const QString& paragraph)
{
    const QStringList lines = paragraph.split(QLatin1Char('\n'));
    if (lines.size() < 2)
        return paragraph;
    qsizetype longest = 0;
    for (const QString& line : lines)
        longest = std::max(longest, line.trimmed().size());
    QString out = paragraph;
    qsizetype at = 0;
    for (int i = 0; i + 1 < lines.size(); ++i) {
        at += lines[i].size(); // the '\n' after line i
        const QString line = lines[i];
        const QString next = lines[i + 1].trimmed();
        const QString trimmed = line.trimmed();
        // The source wrapped this line when it is about as long as the paragraph's longest (a column's width), it
        // does not end in a hard break (two spaces, a colon), and the next line does not start an item.
        const bool full = trimmed.size() >= 40 && trimmed.size() * 10 >= longest * 7;
        const bool hardBreak = line.endsWith(QLatin1String("  ")) || trimmed.endsWith(QLatin1Char(':'));
        const bool wrapped = full && !hardBreak && !next.isEmpty() && !startsItem(next);
        out[at] = wrapped ? QChar(QLatin1Char(' ')) : QChar(QChar::LineSeparator);
        ++at;
    }
    return out;
}

} // namespace kl

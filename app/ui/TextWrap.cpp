#include "TextWrap.h"

#include <QStringList>

namespace kl {

QString TextWrap::wrapped(const QString& text, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

QString TextWrap::shortened(const QString& text, int length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    qsizetype cut = simple.lastIndexOf(QLatin1Char(' '), length - 1);
    if (cut < length / 2)
        cut = length - 1; // one long word: cut it rather than show nothing
    return simple.left(cut).trimmed() + QChar(0x2026);
}

} // namespace kl

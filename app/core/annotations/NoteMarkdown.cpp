#include "NoteMarkdown.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace kl {

namespace {

// What a list item starts with: a bullet, or its number as the list counts.
QString listMarker(const QTextBlock& block)
{
    const QTextList* list = block.textList();
    if (!list)
        return {};
    const int depth = std::max(0, list->format().indent() - 1);
    const QString indent(depth * 2, QLatin1Char(' '));
    switch (list->format().style()) {
    case QTextListFormat::ListDecimal:
        return indent + QStringLiteral("%1. ").arg(list->itemNumber(block) + 1);
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return indent + list->itemText(block) + QLatin1Char(' ');
    default:
        return indent + QStringLiteral("• ");
    }
}

// Only the emphasis of a fragment: its font and colour are the caller's.
QTextCharFormat emphasis(const QTextCharFormat& from, bool heading)
{
    QTextCharFormat f;
    if (heading || from.fontWeight() >= QFont::DemiBold)
        f.setFontWeight(QFont::Bold);
    if (from.fontItalic())
        f.setFontItalic(true);
    if (from.fontStrikeOut())
        f.setFontStrikeOut(true);
    if (from.fontFixedPitch() || from.fontFamilies().toStringList().contains(QStringLiteral("monospace")))
        f.setFontFixedPitch(true);
    return f;
}

} // namespace

NoteMarkdown::Formatted NoteMarkdown::toFormatted(const QString& markdown)
{
    Formatted out;
    if (markdown.trimmed().isEmpty())
        return out;
    QTextDocument doc;
    doc.setMarkdown(markdown.trimmed());
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (!out.text.isEmpty())
            out.text += QLatin1Char('\n');
        out.text += listMarker(block);
        const bool heading = block.blockFormat().headingLevel() > 0;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            QString text = fragment.text();
            // Hard line breaks ("two spaces" or a backslash at the end of a line) stay line breaks.
            text.replace(QChar::LineSeparator, QLatin1Char('\n'));
            const QTextCharFormat f = emphasis(fragment.charFormat(), heading);
            if (!f.properties().isEmpty())
                out.formats.append(QTextLayout::FormatRange{int(out.text.size()), int(text.size()), f});
            out.text += text;
        }
    }
    return out;
}

QString NoteMarkdown::toPlainText(const QString& markdown)
{
    return toFormatted(markdown).text;
}

} // namespace kl

#pragma once

#include <QList>
#include <QString>
#include <QTextLayout>

namespace kl {

// A note as its reader meant it: notes are written in Markdown (**bold**, *italic*, - lists), which the note
// preview renders; everywhere else a note is shown or printed (the annotations list, briefing packs, the
// contents of PDF annotations) it goes through here, so that no one reads the asterisks.
//
// Uses QTextDocument's own Markdown reader (CommonMark with GitHub's additions), the one the preview uses.
class NoteMarkdown {
public:
    // The note as text with its emphasis as format ranges (bold, italic, struck out, code), to be laid out in
    // the caller's own font. Paragraphs and list items are lines ('\n'); list items start with "• " or "1. ".
    struct Formatted {
        QString text;
        QList<QTextLayout::FormatRange> formats;
    };
    static Formatted toFormatted(const QString& markdown);
    // The same text without formats: for a list row, a tooltip or a PDF annotation's contents.
    static QString toPlainText(const QString& markdown);
};

} // namespace kl

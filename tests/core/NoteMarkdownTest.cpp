#include "annotations/NoteMarkdown.h"

#include <catch2/catch.hpp>

using namespace kl;

TEST_CASE("A note's Markdown becomes text with its emphasis, lists as lines")
{
    const QString note = QStringLiteral("Een **vette** notitie met *nadruk*.\n\n- één\n- twee\n\n1. eerst\n2. dan");
    const NoteMarkdown::Formatted f = NoteMarkdown::toFormatted(note);
    CHECK(f.text == QStringLiteral("Een vette notitie met nadruk.\n• één\n• twee\n1. eerst\n2. dan"));
    CHECK(NoteMarkdown::toPlainText(note) == f.text);
    bool bold = false, italic = false;
    for (const QTextLayout::FormatRange& r : f.formats) {
        const QString part = f.text.mid(r.start, r.length);
        if (r.format.fontWeight() == QFont::Bold)
            bold = bold || part == QStringLiteral("vette");
        if (r.format.fontItalic())
            italic = italic || part == QStringLiteral("nadruk");
        // Only emphasis: the text keeps the font of wherever it is printed.
        CHECK_FALSE(r.format.hasProperty(QTextFormat::FontPointSize));
        CHECK_FALSE(r.format.hasProperty(QTextFormat::FontFamilies));
    }
    CHECK(bold);
    CHECK(italic);
    CHECK(NoteMarkdown::toPlainText(QStringLiteral("  Gewoon tekst  ")) == QStringLiteral("Gewoon tekst"));
    CHECK(NoteMarkdown::toPlainText(QString()).isEmpty());
    CHECK(NoteMarkdown::toPlainText(QStringLiteral("Regel een  \nregel twee")) ==
          QStringLiteral("Regel een\nregel twee"));
}

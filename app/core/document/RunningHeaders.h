#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kl {

// Finds the running headers and footers of a document's pages: `18 Regeerprogramma | 2. Grip op asiel en
// migratie`, `Tweede Kamer, vergaderjaar 2024–2025, 19 637, nr. 3274`, `kst-19637-3274`, page numbers, ISSN
// lines. They are part of the text a reader sees (anchors are offsets in it, so nothing is removed), but they
// are not what the document says: search passages, related passages and references leave these ranges out.
//
// A line is running when it stands among the first or last few lines of a page and the same line, digits
// aside, stands there on several pages; or when it has the form of a Kamerstuk's footer, wherever it stands.
class RunningHeaders {
public:
    struct Range {
        qsizetype start = 0;
        qsizetype end = 0;
        bool operator==(const Range& o) const { return start == o.start && end == o.end; }
    };

    // Per page, the running lines of that page, in offsets of the page's text, in order.
    static QList<QList<Range>> perPage(const QStringList& pages);
    // The running lines in offsets of the pages joined by form feeds (the letter's text), in order.
    static QList<Range> inText(const QStringList& pages);
    // Whether a line (without its line break) has the form of a Kamerstuk's running footer or colophon.
    static bool isKnownFooter(const QString& line);
};

} // namespace kl

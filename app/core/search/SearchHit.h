#pragma once

#include <QString>

namespace kl {

// One passage or note that matches a query.
struct SearchHit {
    enum Source { Text, Note };

    qint64 letterId = 0;
    QString kstId;
    QString title;
    Source in = Text;
    qint64 renditionId = 0;  // for text hits
    qint64 annotationId = 0; // for note hits
    int page = 0;            // 1-based
    qsizetype start = 0;     // the passage's offsets in the rendition's text
    qsizetype end = 0;
    QString snippet;  // the matching words between kHitStart and kHitEnd
    int matches = 1;  // how often the query's words stand in the passage (a snippet may show fewer)
    double score = 0; // higher is better (negated bm25)

    static constexpr QChar kHitStart = QChar(0x0002);
    static constexpr QChar kHitEnd = QChar(0x0003);
    // The snippet with the hit markers replaced, e.g. by "**" for Markdown or "<b>" for rich text.
    QString markedSnippet(const QString& open, const QString& close) const;
};

} // namespace kl

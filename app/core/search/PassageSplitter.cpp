#include "PassageSplitter.h"

namespace kl {

namespace {

void addTrimmed(const QString& text, qsizetype start, qsizetype end, QList<PassageSplitter::Passage>& out)
{
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    if (end > start)
        out.append({start, end});
}

// A long paragraph in pieces of at most kMaxLength, cut after a sentence end where there is one.
void addParagraph(const QString& text, qsizetype start, qsizetype end, QList<PassageSplitter::Passage>& out)
{
    while (end - start > PassageSplitter::kMaxLength) {
        qsizetype cut = start + PassageSplitter::kMaxLength;
        for (qsizetype i = cut; i > start + PassageSplitter::kMaxLength / 2; --i) {
            if ((text[i - 1] == QLatin1Char('.') || text[i - 1] == QLatin1Char(';')) && text[i].isSpace()) {
                cut = i;
                break;
            }
        }
        addTrimmed(text, start, cut, out);
        start = cut;
    }
    addTrimmed(text, start, end, out);
}

} // namespace

QList<PassageSplitter::Passage> PassageSplitter::split(const QString& pageText,
                                                       const QList<RunningHeaders::Range>& skip)
{
    QList<Passage> out;
    // The text between two skipped ranges, cut at blank lines.
    auto addPiece = [&](qsizetype start, qsizetype end) {
        for (qsizetype at = pageText.indexOf(QStringLiteral("\n\n"), start); at >= 0 && at < end;
             at = pageText.indexOf(QStringLiteral("\n\n"), at + 2)) {
            addParagraph(pageText, start, at, out);
            start = at + 2;
        }
        if (start < end)
            addParagraph(pageText, start, end, out);
    };
    qsizetype start = 0;
    for (const RunningHeaders::Range& r : skip) {
        if (r.start < start || r.end > pageText.size())
            continue;
        addPiece(start, r.start);
        start = r.end;
    }
    addPiece(start, pageText.size());
    return out;
}

} // namespace kl

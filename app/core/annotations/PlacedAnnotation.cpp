#include "PlacedAnnotation.h"

#include "library/RenditionText.h"

#include <algorithm>

namespace kl {

QList<PlacedAnnotation> PlacedAnnotation::place(const QList<Annotation>& annotations, qint64 renditionId,
                                                const RenditionText& text)
{
    QList<PlacedAnnotation> placed;
    placed.reserve(annotations.size());
    for (const Annotation& a : annotations) {
        PlacedAnnotation p;
        p.annotation = a;
        if (a.style == Annotation::LetterNote) {
            p.method = AnchorResolver::Position;
            placed.append(p);
            continue;
        }
        TextAnchor anchor = a.anchor;
        if (a.renditionId != renditionId) {
            // Offsets of another rendition only hint at where to look first.
            anchor.start = std::min<qsizetype>(anchor.start, text.text().size());
            anchor.end = anchor.start;
        }
        const AnchorResolver::Result r = AnchorResolver::resolve(text.text(), anchor);
        p.method = r.method;
        if (r.found()) {
            p.start = r.start;
            p.end = r.end;
            p.page = text.pageAt(r.start);
        }
        placed.append(p);
    }
    std::stable_sort(placed.begin(), placed.end(), [](const PlacedAnnotation& x, const PlacedAnnotation& y) {
        const bool xNote = x.annotation.style == Annotation::LetterNote,
                   yNote = y.annotation.style == Annotation::LetterNote;
        if (xNote != yNote)
            return xNote;
        if (x.orphan() != y.orphan())
            return !x.orphan();
        return x.start < y.start;
    });
    return placed;
}

} // namespace kl

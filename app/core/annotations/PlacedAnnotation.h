#pragma once

#include "Annotation.h"
#include "anchor/AnchorResolver.h"

#include <QList>

namespace kl {

class RenditionText;

// An annotation as it lands in one rendition's text: re-anchored when that is not the rendition it was made in.
struct PlacedAnnotation {
    Annotation annotation;
    qsizetype start = 0;
    qsizetype end = 0;
    int page = 0; // 1-based page of the rendition (1 for text without form feeds)
    AnchorResolver::Method method = AnchorResolver::Orphan;

    bool orphan() const { return annotation.style != Annotation::LetterNote && method == AnchorResolver::Orphan; }

    // Every annotation of `annotations` in the text of `renditionId`, in reading order; orphans last.
    static QList<PlacedAnnotation> place(const QList<Annotation>& annotations, qint64 renditionId,
                                         const RenditionText& text);
};

} // namespace kl

#pragma once

#include "anchor/TextAnchor.h"

#include <QString>

namespace kl {

// A span of the rendition being shown that points at another document: a reference detected in the text, or a
// cross-reference made by hand. The views mark these and report clicks on them; the window follows them.
struct ReferenceSpan {
    enum Source { Detected, HandMade };

    Source source = Detected;
    QString kind;        // kamerstuk, dossier, named… ("link" for hand-made ones)
    QString target;      // "kst-31490-77", "named:regeerprogramma"; empty for hand-made ones
    QString text;        // as it stands in the document
    qsizetype start = 0; // offsets in the rendition's text (RenditionText)
    qsizetype end = 0;
    qint64 targetLetter = 0; // 0 when the target is not in the library
    QString targetTitle;     // of the target letter, when it is in the library
    // Hand-made links only.
    qint64 linkId = 0;
    qint64 toRendition = 0;
    TextAnchor to; // empty: the letter as a whole
    QString note;

    // What the target is, as a reader knows it: "36410 VI, nr. 87", "Regeerprogramma"; else the text as printed.
    QString readableTarget() const;

    bool resolved() const { return targetLetter != 0; }
    // "Kamerstuk", "Dossier", "Named document"… for the reference kinds of DESIGN.md section 5.
    static QString kindLabel(const QString& kind);
    // What a tooltip says about the span: its target and whether it is in the library.
    QString toolTip() const;
    // The message shown when a reference to something not in the library is followed.
    QString notInLibraryMessage() const;
};

} // namespace kl

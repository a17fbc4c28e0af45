#pragma once

#include <QString>

namespace kl {

// A reference found in a document's text: the span it occupies and the normalized target id (DESIGN.md §5).
struct Reference {
    QString kind;   // kamerstuk, dossier, handelingen, aanhangsel, staatsblad, eu, toezegging, zaak, document,
                    // named
    QString target; // "kst-36471-96", "named:regeerprogramma", ...
    QString text;   // the text as it stands in the document
    qsizetype start = 0;
    qsizetype end = 0;
};

} // namespace kl

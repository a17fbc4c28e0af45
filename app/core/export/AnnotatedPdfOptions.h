#pragma once

#include <QString>
#include <QStringList>

namespace kl {

// What goes into an annotated PDF.
struct AnnotatedPdfOptions {
    bool includeNotes = true; // the notes as the annotations' contents, and the letter note on page 1
    QStringList colors;       // only these colours; empty: all
    QStringList tags;         // only annotations with one of these tags; empty: all
    QString author;           // shown by PDF readers as the annotations' author
};

} // namespace kl

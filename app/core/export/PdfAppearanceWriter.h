#pragma once

#include <QByteArray>

namespace kl {

// Poppler writes annotations without appearance streams, and readers that do not draw highlights themselves then
// show nothing. This appends one more incremental update to a PDF Poppler has just saved: for every Highlight,
// Underline and Text annotation of ours (its /NM starts with the prefix) a Form XObject that draws it, and the
// annotation again with /AP pointing there. The original bytes stay as they are.
class PdfAppearanceWriter {
public:
    // `pdf` is the saved file; `updateStart` where Poppler's update begins (the original file's size).
    // Returns the file with the appearances appended, or `pdf` unchanged when there is nothing to add.
    static QByteArray addAppearances(const QByteArray& pdf, qsizetype updateStart,
                                     const QByteArray& namePrefix = QByteArrayLiteral("kamerlezer-"));
};

} // namespace kl

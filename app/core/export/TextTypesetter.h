#pragma once

#include <QByteArray>

namespace kl {

struct LetterRecord;

// A letter that only has a text rendition, set as a clean A4 PDF: its citation and title, the header lines, the
// paragraphs, page numbers at the foot.
class TextTypesetter {
public:
    static QByteArray typeset(const LetterRecord& letter, const QString& text);
};

} // namespace kl

#pragma once

#include <QList>
#include <QString>

namespace kl {

// A text with every run of whitespace (spaces, line breaks, form feeds) folded to one space, and the way back
// to offsets in the original. The same sentence reads the same in the text and the PDF rendition of a letter
// once folded, although one breaks its lines where the other does not.
class FoldedText {
public:
    explicit FoldedText(const QString& text);
    static QString fold(const QString& text);

    const QString& folded() const { return m_folded; }
    // Offset in the original for an offset in the folded text (one past the end maps to the original's end).
    qsizetype toOriginal(qsizetype foldedPos) const;
    // Offset in the folded text for an offset in the original.
    qsizetype toFolded(qsizetype originalPos) const;
    // Start offsets (in the folded text) of every occurrence of `needle` (folded first).
    QList<qsizetype> occurrences(const QString& needle) const;

private:
    QString m_folded;
    QList<qsizetype> m_origin; // m_origin[i]: original offset of folded character i
    qsizetype m_originalSize = 0;
};

} // namespace kl

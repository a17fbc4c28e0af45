#include "PdfTextExtractor.h"

#include <poppler-qt6.h>

#include <algorithm>

namespace kl {

// Where a trailing run of one to three digits begins that is set smaller and higher than the letters before it:
// a footnote marker. -1 when there is none.
static qsizetype footnoteStart(const Poppler::TextBox& box, const QString& word)
{
    qsizetype k = word.size();
    while (k > 0 && word[k - 1].isDigit())
        --k;
    const qsizetype digits = word.size() - k;
    if (k == 0 || digits == 0 || digits > 3)
        return -1;
    double height = 0, bottom = 0;
    for (qsizetype c = 0; c < k; ++c) {
        const QRectF cb = box.charBoundingBox(int(c));
        height = std::max(height, cb.height());
        bottom = std::max(bottom, cb.bottom());
    }
    for (qsizetype c = k; c < word.size(); ++c) {
        const QRectF cb = box.charBoundingBox(int(c));
        if (cb.height() > 0.8 * height || cb.bottom() > bottom - 0.15 * height)
            return -1;
    }
    return k;
}

// A word of one to three digits set smaller and higher than the word before it, which Poppler glues to that word.
static bool isFootnoteMarker(const Poppler::TextBox& word, const Poppler::TextBox& before)
{
    const QString text = word.text();
    if (text.isEmpty() || text.size() > 3 ||
        !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
        return false;
    const QRectF r = word.boundingBox(), b = before.boundingBox();
    return r.height() < 0.8 * b.height() && r.bottom() < b.bottom() - 0.15 * b.height();
}

static bool isAscii(const QString& s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

PageText PdfTextExtractor::extract(const Poppler::Page& page)
{
    PageText out;
    out.sizePt = page.pageSizeF();
    const double w = out.sizePt.width() > 0 ? out.sizePt.width() : 1.0;
    const double h = out.sizePt.height() > 0 ? out.sizePt.height() : 1.0;

    // textList() reads the page's annotations through a private copy of the document's XRef, which throws
    // away the object-stream cache: 4x slower on the Regeerprogramma. Reading them first, through the
    // document's own XRef, leaves them cached on the page for textList().
    page.annotations();
    const auto boxes = page.textList();
    out.words.reserve(qsizetype(boxes.size()));
    for (size_t i = 0; i < boxes.size(); ++i) {
        const Poppler::TextBox& box = *boxes[i];
        const QString raw = box.text();
        QString word = raw;
        if (!isAscii(word))
            word = word.normalized(QString::NormalizationForm_KC);
        const QRectF r = box.boundingBox();
        // A footnote number set in superscript and glued to its word ("Ploumen¹" read as "Ploumen1",
        // "2018/848³³" as "2018/84833") becomes a word of its own, so search and references see the real word.
        const qsizetype footnote = word.size() == raw.size() ? footnoteStart(box, word) : -1;
        const qsizetype start = out.text.size();
        out.text += footnote > 0 ? word.left(footnote) : word;
        WordBox wordBox{start, out.text.size(), QRectF(r.x() / w, r.y() / h, r.width() / w, r.height() / h), {}};
        // Character edges, when normalizing left the characters as Poppler boxed them (a ligature does not).
        if (word.size() == raw.size() && word.size() > 1) {
            const qsizetype chars = footnote > 0 ? footnote : word.size();
            wordBox.charRight.reserve(chars);
            for (qsizetype c = 0; c < chars; ++c)
                wordBox.charRight.append(float(std::max(box.charBoundingBox(int(c)).right() / w, wordBox.rect.left())));
        }
        if (footnote > 0) {
            const QRectF first = box.charBoundingBox(int(footnote));
            wordBox.rect.setRight(first.left() / w);
            out.words.append(std::move(wordBox));
            out.text += QLatin1Char(' ');
            const qsizetype noteStart = out.text.size();
            out.text += word.mid(footnote);
            const QRectF note(first.left(), first.top(), r.right() - first.left(), first.height());
            wordBox = WordBox{noteStart,
                              out.text.size(),
                              QRectF(note.x() / w, note.y() / h, note.width() / w, note.height() / h),
                              {}};
        }
        out.words.append(std::move(wordBox));
        if (i + 1 == boxes.size())
            break;
        const Poppler::TextBox& next = *boxes[i + 1];
        if (box.nextWord() == &next) {
            if (box.hasSpaceAfter() || isFootnoteMarker(next, box))
                out.text += QLatin1Char(' ');
            continue;
        }
        // A new line; a gap of more than a line's height between the lines starts a new paragraph.
        const QRectF n = next.boundingBox();
        const bool paragraph = n.top() - r.bottom() > 0.9 * r.height() || n.bottom() < r.top();
        out.text += paragraph ? QStringLiteral("\n\n") : QStringLiteral("\n");
    }
    return out;
}

} // namespace kl

#include "PdfTextExtractor.h"

#include <poppler-qt6.h>

#include <algorithm>

namespace kl {

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
        const qsizetype start = out.text.size();
        out.text += word;
        WordBox wordBox{start, out.text.size(), QRectF(r.x() / w, r.y() / h, r.width() / w, r.height() / h), {}};
        // Character edges, when normalizing left the characters as Poppler boxed them (a ligature does not).
        if (word.size() == raw.size() && word.size() > 1) {
            wordBox.charRight.reserve(word.size());
            for (qsizetype c = 0; c < word.size(); ++c)
                wordBox.charRight.append(float(std::max(box.charBoundingBox(int(c)).right() / w, wordBox.rect.left())));
        }
        out.words.append(std::move(wordBox));
        if (i + 1 == boxes.size())
            break;
        const Poppler::TextBox& next = *boxes[i + 1];
        if (box.nextWord() == &next) {
            if (box.hasSpaceAfter())
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

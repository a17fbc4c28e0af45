#include "PassageLocator.h"

#include "anchor/FoldedText.h"
#include "anchor/PageGeometry.h"
#include "annotations/QuoteAnnotator.h"
#include "library/Library.h"
#include "library/RenditionText.h"

#include <QCoreApplication>

namespace kl {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kl::PassageLocator", text, disambiguation, n);
}

Passage passageIn(const Library& library, const RenditionRecord& rendition, const RenditionText& text, qsizetype start,
                  qsizetype end)
{
    Passage p;
    p.letterId = rendition.letterId;
    p.renditionId = rendition.id;
    p.anchor = TextAnchor::fromRange(text.text(), start, end);
    if (rendition.format == QLatin1String("pdf")) {
        p.page = text.pageAt(start);
        const qsizetype pageStart = text.pageStart(p.page);
        // A page OCR read has its words in the library; Poppler knows none on it.
        const QHash<int, PageText> ocr =
            rendition.textSource == QLatin1String("ocr") ? library.ocrPages(rendition.id) : QHash<int, PageText>();
        if (const auto it = ocr.constFind(p.page - 1); it != ocr.cend())
            p.rects = PageGeometry::rects(*it, start - pageStart, end - pageStart);
        else
            p.rects = QuoteAnnotator::pdfRects(rendition.storedPath, p.page, start - pageStart, end - pageStart);
    }
    return p;
}

} // namespace

PassageLocator::PassageLocator(const Library& library)
    : m_library(library)
{
}

Result<Passage> PassageLocator::find(qint64 letterId, const QString& quote, int occurrence) const
{
    const std::optional<LetterRecord> letter = m_library.letter(letterId);
    if (!letter || letter->renditions.isEmpty())
        return Error::notFound(tr("no such letter"));
    const QString needle = FoldedText::fold(quote.trimmed());
    if (needle.isEmpty())
        return Error::invalid(tr("the quote is empty"));
    int seen = 0;
    // The primary rendition first (LetterRecord::primaryRendition), then the others in the order they came.
    QList<RenditionRecord> renditions{*letter->primaryRendition()};
    for (const RenditionRecord& r : letter->renditions)
        if (r.id != renditions.first().id)
            renditions.append(r);
    for (const RenditionRecord& rendition : std::as_const(renditions)) {
        const RenditionText text = RenditionText::load(m_library, rendition.id);
        const FoldedText folded(text.text());
        const QList<qsizetype> hits = folded.occurrences(needle);
        seen = std::max(seen, int(hits.size()));
        if (hits.isEmpty() || occurrence < 1 || occurrence > hits.size())
            continue;
        const qsizetype foldedStart = hits[occurrence - 1];
        // The last character of the quote, mapped back, then one past it: no trailing line break is taken along.
        const qsizetype start = folded.toOriginal(foldedStart);
        const qsizetype end = folded.toOriginal(foldedStart + needle.size() - 1) + 1;
        return passageIn(m_library, rendition, text, start, end);
    }
    if (seen == 0)
        return Error::notFound(tr("the quote is not in the letter's text"));
    return Error::invalid(tr("the quote occurs %n time(s); there is no occurrence %1", nullptr, seen).arg(occurrence));
}

Result<Passage> PassageLocator::at(qint64 letterId, qint64 renditionId, qsizetype start, qsizetype end) const
{
    const std::optional<LetterRecord> letter = m_library.letter(letterId);
    if (!letter)
        return Error::notFound(tr("no such letter"));
    for (const RenditionRecord& rendition : letter->renditions) {
        if (rendition.id != renditionId)
            continue;
        const RenditionText text = RenditionText::load(m_library, rendition.id);
        if (start < 0 || end <= start || end > text.text().size())
            return Error::invalid(tr("the passage lies outside the letter's text"));
        return passageIn(m_library, rendition, text, start, end);
    }
    return Error::notFound(tr("no such version of the letter"));
}

} // namespace kl

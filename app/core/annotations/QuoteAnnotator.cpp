#include "QuoteAnnotator.h"

#include "anchor/FoldedText.h"
#include "anchor/PageGeometry.h"
#include "import/PdfTextExtractor.h"
#include "library/Library.h"
#include "library/RenditionText.h"

#include <QFile>
#include <poppler-qt6.h>

namespace kl {

QList<QRectF> QuoteAnnotator::pdfRects(const QString& pdfPath, int page, qsizetype startInPage, qsizetype endInPage)
{
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf || pdf->isLocked())
        return {};
    std::unique_ptr<Poppler::Page> p = pdf->page(page - 1);
    if (!p)
        return {};
    return PageGeometry::rects(PdfTextExtractor::extract(*p), startInPage, endInPage);
}

Annotation QuoteAnnotator::fromQuote(const Library& library, qint64 letterId, const QString& quote, int occurrence,
                                     QString* error)
{
    Annotation a;
    const std::optional<LetterRecord> letter = library.letter(letterId);
    if (!letter || letter->renditions.isEmpty()) {
        *error = QStringLiteral("no such letter");
        return a;
    }
    const RenditionRecord& rendition = *letter->primaryRendition();
    const RenditionText text = RenditionText::load(library, rendition.id);
    const FoldedText folded(text.text());
    const QList<qsizetype> hits = folded.occurrences(quote);
    if (hits.isEmpty()) {
        *error = QStringLiteral("the quote is not in the letter's text");
        return a;
    }
    if (occurrence < 1 || occurrence > hits.size()) {
        *error =
            QStringLiteral("the quote occurs %1 time(s); there is no occurrence %2").arg(hits.size()).arg(occurrence);
        return a;
    }
    const qsizetype foldedStart = hits[occurrence - 1];
    const qsizetype start = folded.toOriginal(foldedStart);
    const qsizetype end = folded.toOriginal(foldedStart + FoldedText::fold(quote).size() - 1) + 1;
    a.letterId = letterId;
    a.renditionId = rendition.id;
    a.anchor = TextAnchor::fromRange(text.text(), start, end);
    if (rendition.format == QLatin1String("pdf")) {
        a.page = text.pageAt(start);
        const qsizetype pageStart = text.pageStart(a.page);
        a.rects = pdfRects(rendition.storedPath, a.page, start - pageStart, end - pageStart);
    }
    return a;
}

} // namespace kl

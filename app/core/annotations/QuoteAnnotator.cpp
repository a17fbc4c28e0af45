#include "QuoteAnnotator.h"

#include "anchor/PageGeometry.h"
#include "import/PdfTextExtractor.h"
#include "library/Library.h"
#include "session/PassageLocator.h"

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
    // The one rule for finding a quote is the PassageLocator's; this only shapes its passage as an annotation.
    const Result<Passage> place = PassageLocator(library).find(letterId, quote, occurrence);
    if (!place) {
        *error = place.error().message();
        return {};
    }
    return at(*place);
}

Annotation QuoteAnnotator::at(const Passage& passage)
{
    Annotation a;
    a.letterId = passage.letterId;
    a.renditionId = passage.renditionId;
    a.anchor = passage.anchor;
    a.page = passage.page;
    a.rects = passage.rects;
    return a;
}

} // namespace kl

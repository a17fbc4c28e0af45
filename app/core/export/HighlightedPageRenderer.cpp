#include "HighlightedPageRenderer.h"

#include "PrintStyle.h"
#include "anchor/PageGeometry.h"
#include "annotations/AnnotationColor.h"
#include "import/PdfTextExtractor.h"

#include <QPainter>
#include <poppler-qt6.h>

namespace kl {

QImage HighlightedPageRenderer::render(Poppler::Page& page, int number, const BriefingPackContent::Letter& d, int dpi)
{
    QImage image = page.renderToImage(dpi, dpi).convertToFormat(QImage::Format_RGB32);
    // Boxes from the page's words, where the annotation lands in this text; the boxes it was drawn with when the
    // words cannot be found (a scan) and it was made on this page of this rendition.
    QList<std::pair<QRectF, const Annotation*>> boxes;
    PageText text;
    bool extracted = false;
    for (const PlacedAnnotation& p : d.pdfPlaced) {
        if (p.orphan() || p.annotation.style == Annotation::LetterNote || p.page != number)
            continue;
        if (!extracted) {
            text = PdfTextExtractor::extract(page);
            extracted = true;
        }
        const qsizetype start = d.pdfText.pageStart(number);
        QList<QRectF> rects = PageGeometry::rects(text, p.start - start, p.end - start);
        if (rects.isEmpty() && p.annotation.renditionId == d.excerptRendition && p.annotation.page == number)
            rects = p.annotation.rects;
        for (const QRectF& r : rects)
            boxes.append({r, &p.annotation});
    }
    if (boxes.isEmpty())
        return image;
    {
        QPainter ip(&image);
        ip.setCompositionMode(QPainter::CompositionMode_Multiply);
        const double w = image.width(), h = image.height();
        for (const auto& [r, a] : boxes) {
            const QColor c = AnnotationColor::toColor(a->color);
            const QRectF box(r.x() * w - 1, r.y() * h - 1, r.width() * w + 2, r.height() * h + 2);
            if (a->style == Annotation::Underline)
                ip.fillRect(QRectF(box.left(), box.bottom() - 1, box.width(), 2.5), c);
            else
                ip.fillRect(box, PrintStyle::lighten(c, 0.6));
        }
    } // the painter ends before the image is handed on
    return image;
}

} // namespace kl

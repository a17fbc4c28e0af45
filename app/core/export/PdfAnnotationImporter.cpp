#include "PdfAnnotationImporter.h"

#include "AnnotatedPdfExporter.h"
#include "anchor/AnchorResolver.h"
#include "anchor/FoldedText.h"
#include "anchor/PageGeometry.h"
#include "annotations/AnnotationColor.h"
#include "annotations/AnnotationStore.h"
#include "base/BoundedFile.h"
#include "import/DocumentReader.h"
#include "import/PdfTextExtractor.h"
#include "library/Library.h"
#include "library/RenditionText.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

namespace kl {

namespace {

QString nearestPaletteColor(const QColor& c)
{
    // Readers pick their own shades; the closest of ours keeps the meaning the user gave the colour.
    QString best = QStringLiteral("yellow");
    int bestDistance = INT_MAX;
    for (const QString& name : AnnotationColor::paletteNames()) {
        const QColor p = AnnotationColor::toColor(name);
        const int d = (p.red() - c.red()) * (p.red() - c.red()) + (p.green() - c.green()) * (p.green() - c.green()) +
                      (p.blue() - c.blue()) * (p.blue() - c.blue());
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    return bestDistance < 60 * 60 * 3 ? best : c.name();
}

} // namespace

PdfAnnotationImporter::Result PdfAnnotationImporter::importInto(const Library& library, const AnnotationStore& store,
                                                                qint64 letterId, const QString& pdfPath,
                                                                const AnnotationSink& add, QString* error)
{
    Result result;
    const std::optional<LetterRecord> letter = library.letter(letterId);
    if (!letter || letter->renditions.isEmpty()) {
        *error = QStringLiteral("no such letter");
        return result;
    }
    const kl::Result<QByteArray> read = BoundedFile::read(pdfPath, DocumentReader::kMaxPdfBytes);
    if (!read) {
        *error = read.error().message();
        return result;
    }
    const QByteArray& bytes = *read;
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf || pdf->isLocked()) {
        *error = pdf ? QStringLiteral("the PDF is encrypted: a password is needed to open it")
                     : QStringLiteral("not a readable PDF (damaged or truncated)");
        return result;
    }
    const RenditionRecord& target = *letter->primaryRendition();
    const RenditionText targetText = RenditionText::load(library, target.id);
    QList<Annotation> existing = store.forLetter(letterId);

    // The PDF's own text, to read the words under each highlight with their context.
    QStringList pageTexts;
    QList<PageText> pages;
    for (int i = 0; i < pdf->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = pdf->page(i);
        pages.append(page ? PdfTextExtractor::extract(*page) : PageText{});
        pageTexts.append(pages.last().text);
    }
    const RenditionText sourceText(pageTexts);

    for (int i = 0; i < pdf->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            continue;
        for (const std::unique_ptr<Poppler::Annotation>& annotation : page->annotations()) {
            if (annotation->subType() != Poppler::Annotation::AHighlight)
                continue;
            const auto* h = static_cast<const Poppler::HighlightAnnotation*>(annotation.get());
            if (h->highlightType() != Poppler::HighlightAnnotation::Highlight &&
                h->highlightType() != Poppler::HighlightAnnotation::Underline)
                continue;
            qsizetype start = -1, end = -1;
            for (const Poppler::HighlightAnnotation::Quad& q : h->highlightQuads()) {
                double left = 1, top = 1, right = 0, bottom = 0;
                for (const QPointF& p : q.points) {
                    left = std::min(left, p.x());
                    right = std::max(right, p.x());
                    top = std::min(top, p.y());
                    bottom = std::max(bottom, p.y());
                }
                const QRectF r(QPointF(left, top), QPointF(right, bottom));
                // A little inside the quad, so neighbouring lines are not taken along.
                const auto [s, e] =
                    PageGeometry::spanUnder(pages[i], r.adjusted(0.002, r.height() * 0.3, -0.002, -r.height() * 0.3));
                if (s < 0)
                    continue;
                start = start < 0 ? s : std::min(start, s);
                end = std::max(end, e);
            }
            if (start < 0) {
                ++result.unplaced;
                continue;
            }
            const qsizetype offset = sourceText.pageStart(i + 1);
            TextAnchor quote = TextAnchor::fromRange(sourceText.text(), offset + start, offset + end);
            // Our own export read back: the annotation it came from is still here, on the same words.
            const QString nm = annotation->uniqueName();
            // The continuation of one of ours on a following page ("...-p3") is part of it, not an annotation.
            if (std::any_of(existing.begin(), existing.end(), [&](const Annotation& e) {
                    return nm.startsWith(AnnotatedPdfExporter::uniqueName(e.id) + QStringLiteral("-p"));
                })) {
                continue;
            }
            const auto ours = std::find_if(existing.begin(), existing.end(), [&](const Annotation& e) {
                // The part on its first page, when the passage runs on: the start of the quote.
                return nm == AnnotatedPdfExporter::uniqueName(e.id) &&
                       FoldedText::fold(e.anchor.exact).startsWith(FoldedText::fold(quote.exact));
            });
            if (ours != existing.end()) {
                ++result.duplicates;
                continue;
            }
            const AnchorResolver::Result found = AnchorResolver::resolve(targetText.text(), quote);
            if (!found.found()) {
                ++result.unplaced;
                continue;
            }
            Annotation a;
            a.letterId = letterId;
            a.renditionId = target.id;
            a.style = h->highlightType() == Poppler::HighlightAnnotation::Underline ? Annotation::Underline
                                                                                    : Annotation::Highlight;
            a.color = nearestPaletteColor(h->style().color());
            a.note = h->contents().trimmed();
            // Our export writes tags as a last line of #tags.
            if (const qsizetype lastLine = a.note.lastIndexOf(QLatin1Char('\n')) + 1;
                a.note.mid(lastLine).startsWith(QLatin1Char('#'))) {
                for (const QString& tag : a.note.mid(lastLine).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    if (tag.startsWith(QLatin1Char('#')) && tag.size() > 1)
                        a.tags.append(tag.mid(1));
                a.note = a.note.left(lastLine).trimmed();
            }
            a.anchor = TextAnchor::fromRange(targetText.text(), found.start, found.end);
            if (target.format == QLatin1String("pdf"))
                a.page = targetText.pageAt(found.start);
            const bool duplicate = std::any_of(existing.begin(), existing.end(), [&](const Annotation& e) {
                return e.anchor.start == a.anchor.start && e.anchor.end == a.anchor.end && e.style == a.style;
            });
            if (duplicate) {
                ++result.duplicates;
                continue;
            }
            QString why;
            if (add(a, &why)) {
                existing.append(a);
                ++result.added;
            }
        }
    }
    return result;
}

} // namespace kl

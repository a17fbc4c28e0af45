#include "AnnotatedPdfExporter.h"

#include "PdfAppearanceWriter.h"
#include "TextTypesetter.h"
#include "anchor/PageGeometry.h"
#include "annotations/AnnotationColor.h"
#include "annotations/AnnotationStore.h"
#include "annotations/NoteMarkdown.h"
#include "annotations/PlacedAnnotation.h"
#include "import/DocumentReader.h"
#include "import/PdfTextExtractor.h"
#include "library/Library.h"
#include "library/RenditionText.h"
#include "library/StoredCopy.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <poppler-annotation.h>
#include <poppler-qt6.h>

namespace kl {

namespace {

bool wanted(const Annotation& a, const AnnotatedPdfOptions& options)
{
    if (!options.colors.isEmpty() && !options.colors.contains(a.color))
        return false;
    if (options.tags.isEmpty())
        return true;
    return std::any_of(a.tags.begin(), a.tags.end(), [&](const QString& t) { return options.tags.contains(t); });
}

QString contentsOf(const Annotation& a, const AnnotatedPdfOptions& options)
{
    if (!options.includeNotes)
        return {};
    // Readers show a PDF annotation's contents as plain text: the note's Markdown rendered, not its asterisks.
    QString contents = NoteMarkdown::toPlainText(a.note);
    if (!a.tags.isEmpty())
        contents += (contents.isEmpty() ? QString() : QStringLiteral("\n")) + QLatin1Char('#') +
                    a.tags.join(QStringLiteral(" #"));
    return contents;
}

} // namespace

QString AnnotatedPdfExporter::uniqueName(qint64 annotationId)
{
    return QStringLiteral("kamerlezer-annotation-%1").arg(annotationId);
}

int AnnotatedPdfExporter::exportLetter(const Library& library, const AnnotationStore& store, qint64 letterId,
                                       const QString& outputPath, const AnnotatedPdfOptions& options, QString* error)
{
    const std::optional<LetterRecord> letter = library.letter(letterId);
    if (!letter || letter->renditions.isEmpty()) {
        *error = tr("no such letter");
        return -1;
    }
    // The PDF to annotate: the primary rendition when it is a PDF, else its text typeset.
    const RenditionRecord* primary = letter->primaryRendition();
    const RenditionRecord* pdfRendition = primary->format == QLatin1String("pdf") ? primary : nullptr;
    QByteArray original;
    if (pdfRendition) {
        // The copy is what was imported, or the annotations would land on another document's words.
        const StoredCopy::State state = StoredCopy::verify(pdfRendition->storedPath, pdfRendition->sha256, &original);
        if (state != StoredCopy::Good) {
            *error = StoredCopy::problem(state, pdfRendition->storedPath);
            return -1;
        }
    } else {
        original = TextTypesetter::typeset(*letter, RenditionText::load(library, primary->id).text());
    }
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(original);
    if (!pdf || pdf->isLocked()) {
        *error = tr("the PDF cannot be opened");
        return -1;
    }
    // The text the annotations are placed in: for a stored rendition what was stored, else what the typeset
    // PDF reads as. Pages are extracted once, for their word boxes.
    // The text the annotations are placed in: a stored rendition's text is in the library already; a typeset PDF
    // is read back. Word boxes are read only from the pages that get an annotation.
    // Pages OCR read have their words in the library (Poppler finds none on a scan).
    QHash<int, PageText> pages = pdfRendition && pdfRendition->textSource == QLatin1String("ocr")
                                     ? library.ocrPages(pdfRendition->id)
                                     : QHash<int, PageText>(); // 0-based page -> its words
    auto pageText = [&](int index) -> const PageText& {
        auto it = pages.find(index);
        if (it == pages.end()) {
            std::unique_ptr<Poppler::Page> page = pdf->page(index);
            it = pages.insert(index, page ? PdfTextExtractor::extract(*page) : PageText{});
        }
        return *it;
    };
    RenditionText text;
    if (pdfRendition) {
        text = RenditionText::load(library, pdfRendition->id);
    } else {
        QStringList pageTexts;
        for (int i = 0; i < pdf->numPages(); ++i)
            pageTexts.append(pageText(i).text);
        text = RenditionText(pageTexts);
    }
    const QList<PlacedAnnotation> placed =
        PlacedAnnotation::place(store.forLetter(letterId), pdfRendition ? pdfRendition->id : 0, text);

    int written = 0;
    for (const PlacedAnnotation& p : placed) {
        const Annotation& a = p.annotation;
        if (!wanted(a, options))
            continue;
        if (a.style == Annotation::LetterNote) {
            if (!options.includeNotes || a.note.trimmed().isEmpty())
                continue;
            std::unique_ptr<Poppler::Page> first = pdf->page(0);
            Poppler::TextAnnotation note(Poppler::TextAnnotation::Linked);
            note.setTextIcon(QStringLiteral("Note"));
            note.setBoundary(QRectF(0.90, 0.03, 0.035, 0.025));
            note.setContents(NoteMarkdown::toPlainText(a.note));
            note.setUniqueName(uniqueName(a.id));
            note.setAuthor(options.author);
            note.setCreationDate(a.created);
            note.setModificationDate(a.modified);
            Poppler::Annotation::Style style;
            style.setColor(AnnotationColor::toColor(a.color));
            note.setStyle(style);
            first->addAnnotation(&note);
            ++written;
            continue;
        }
        if (p.orphan() || p.page < 1 || p.page > pdf->numPages())
            continue;
        // A passage that runs onto the next page is marked on each page it covers: one PDF annotation per page
        // (a PDF annotation lives on one page); the first carries the note and the id, the others the id with "-p".
        bool first = true;
        const int lastPage = std::min(text.pageAt(std::max(p.start, p.end - 1)), pdf->numPages());
        for (int pageNumber = p.page; pageNumber <= lastPage; ++pageNumber) {
            const qsizetype pageStart = text.pageStart(pageNumber);
            const QList<QRectF> rects =
                PageGeometry::rects(pageText(pageNumber - 1), p.start - pageStart, p.end - pageStart);
            if (rects.isEmpty())
                continue;
            QList<Poppler::HighlightAnnotation::Quad> quads;
            QRectF boundary;
            for (const QRectF& r : rects) {
                Poppler::HighlightAnnotation::Quad q;
                // Top-left, top-right, bottom-right, bottom-left: Poppler writes them in the order readers expect.
                q.points[0] = r.topLeft();
                q.points[1] = r.topRight();
                q.points[2] = r.bottomRight();
                q.points[3] = r.bottomLeft();
                q.capStart = q.capEnd = false;
                q.feather = 0;
                quads.append(q);
                boundary = boundary.united(r);
            }
            Poppler::HighlightAnnotation h;
            h.setHighlightType(a.style == Annotation::Underline ? Poppler::HighlightAnnotation::Underline
                                                                : Poppler::HighlightAnnotation::Highlight);
            h.setHighlightQuads(quads);
            h.setBoundary(boundary);
            h.setContents(first ? contentsOf(a, options) : QString());
            h.setUniqueName(first ? uniqueName(a.id) : uniqueName(a.id) + QStringLiteral("-p%1").arg(pageNumber));
            h.setAuthor(options.author);
            h.setCreationDate(a.created);
            h.setModificationDate(a.modified);
            Poppler::Annotation::Style style;
            style.setColor(AnnotationColor::toColor(a.color));
            style.setOpacity(1.0);
            h.setStyle(style);
            std::unique_ptr<Poppler::Page> page = pdf->page(pageNumber - 1);
            page->addAnnotation(&h);
            first = false;
        }
        if (first)
            continue;
        ++written;
    }

    QByteArray saved;
    {
        QBuffer buffer(&saved);
        buffer.open(QIODevice::WriteOnly);
        std::unique_ptr<Poppler::PDFConverter> converter = pdf->pdfConverter();
        converter->setOutputDevice(&buffer);
        converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
        if (!converter->convert()) {
            *error = tr("Poppler could not write the PDF");
            return -1;
        }
    }
    if (written > 0 && saved.startsWith(original))
        saved = PdfAppearanceWriter::addAppearances(saved, original.size());
    QSaveFile out(outputPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(saved) != saved.size() || !out.commit()) {
        *error = tr("%1: cannot write: %2").arg(outputPath, out.errorString());
        return -1;
    }
    return written;
}

} // namespace kl

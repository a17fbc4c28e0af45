#include "PdfImporter.h"

#include "PdfTextExtractor.h"
#include "metadata/MetadataParser.h"
#include "refs/ReferenceScanner.h"

#include <poppler-qt6.h>

namespace kl {

ReadResult PdfImporter::read(const QByteArray& bytes) {
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf) return ReadResult::failure(QStringLiteral("not a readable PDF (damaged or truncated)"));
    if (pdf->isLocked())
        return ReadResult::failure(QStringLiteral("the PDF is encrypted: a password is needed to open it"));
    const int pageCount = pdf->numPages();
    if (pageCount <= 0)
        return ReadResult::failure(QStringLiteral("the PDF has no pages (damaged or truncated)"));

    ReadResult r;
    ImportedDocument& doc = r.document;
    doc.format = QStringLiteral("pdf");
    doc.pages.reserve(pageCount);
    qsizetype characters = 0;
    for (int i = 0; i < pageCount; ++i) {
        std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            return ReadResult::failure(
                QStringLiteral("page %1 of the PDF cannot be read (damaged)").arg(i + 1));
        doc.pages.append(PdfTextExtractor::extract(*page));
        characters += doc.pages.last().text.size();
    }
    if (characters == 0)
        doc.warnings.append(
            QStringLiteral("the PDF has no text layer (scanned?): imported without text, so it "
                           "cannot be searched or annotated"));
    const QString full = doc.fullText();
    doc.metadata = MetadataParser::parse(doc.pages.first().text, full);
    doc.references = ReferenceScanner::scan(full);
    return r;
}

} // namespace kl

#include "PdfImporter.h"

#include "PdfTextExtractor.h"
#include "PopplerMessages.h"
#include "metadata/MetadataParser.h"
#include "metadata/NotaHead.h"
#include "metadata/TitleCase.h"
#include "ocr/PdfOcr.h"
#include "refs/ReferenceScanner.h"

#include <poppler-qt6.h>

#include <QThread>

#include <algorithm>
#include <atomic>
#include <thread>

namespace kl {

int PdfImporter::extractPages(const QByteArray& bytes, Poppler::Document& first, QList<PageText>& pages)
{
    const int pageCount = int(pages.size());
    // Long documents are read by several threads, each with a Poppler document of its own (a Poppler
    // document is not thread-safe); pages are dealt round-robin so every thread gets a fair share.
    const int workers = pageCount >= 16 ? std::clamp(QThread::idealThreadCount(), 1, 4) : 1;
    std::atomic<int> damagedPage{0};
    auto work = [&](Poppler::Document* pdf, int worker) {
        for (int i = worker; i < pageCount && damagedPage == 0; i += workers) {
            std::unique_ptr<Poppler::Page> page = pdf->page(i);
            if (!page) {
                damagedPage = i + 1;
                return;
            }
            pages[i] = PdfTextExtractor::extract(*page);
        }
    };
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w) {
        threads.emplace_back([&, w] {
            // Loaded on its own thread: a document loaded on another thread and handed over runs serialized.
            std::unique_ptr<Poppler::Document> own = Poppler::Document::loadFromData(bytes);
            if (own)
                work(own.get(), w);
            else
                damagedPage = 1;
        });
    }
    work(&first, 0);
    for (std::thread& t : threads)
        t.join();
    return damagedPage;
}

QString PdfImporter::ocrPendingWarning(int pages)
{
    return PdfImporter::tr("the PDF has no text layer (or an unreadable one) on %n page(s), scanned?: they are read "
                           "with OCR",
                           nullptr, pages);
}

void PdfImporter::analyse(ImportedDocument& doc)
{
    const QString full = doc.fullText();
    doc.metadata = MetadataParser::parse(doc.pages.first().text, full);
    if (doc.metadata.kind == QLatin1String("beslisnota")) {
        // A nota's head is two columns and a logo: where its words stand says what its text order cannot.
        const NotaHead::Reading head = NotaHead::read(doc.pages.first());
        if (!head.sender.isEmpty())
            doc.metadata.sender = head.sender;
        if (doc.metadata.title.isEmpty() && !head.title.isEmpty()) {
            doc.metadata.title = head.title;
            doc.metadata.readableTitle = TitleCase::readable(head.title, full);
        }
    }
    doc.references = ReferenceScanner::scan(full);
}

ReadResult PdfImporter::read(const QByteArray& bytes)
{
    PopplerMessages::silence();
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf)
        return ReadResult::failure(PdfImporter::tr("not a readable PDF (damaged or truncated)"));
    if (pdf->isLocked())
        return ReadResult::failure(PdfImporter::tr("the PDF is encrypted: a password is needed to open it"));
    const int pageCount = pdf->numPages();
    if (pageCount <= 0)
        return ReadResult::failure(PdfImporter::tr("the PDF has no pages (damaged or truncated)"));

    ReadResult r;
    ImportedDocument& doc = r.document;
    doc.format = QStringLiteral("pdf");
    doc.pages.resize(pageCount);
    if (const int damaged = extractPages(bytes, *pdf, doc.pages); damaged > 0)
        return ReadResult::failure(PdfImporter::tr("page %1 of the PDF cannot be read (damaged)").arg(damaged));
    doc.ocrPages = PdfOcr::pagesNeedingOcr(*pdf, doc.pages);
    // Control characters in a good text layer (the Regeerprogramma's contents put a backspace before each page
    // number) are no letters: a space in their place keeps every offset and prints no empty box. In a garbage
    // layer they are what tells it is garbage, so those pages keep them until OCR replaces their text.
    for (int i = 0; i < doc.pages.size(); ++i)
        if (!doc.ocrPages.contains(i))
            for (QChar& c : doc.pages[i].text)
                if (c.unicode() < 0x20 && c != QLatin1Char('\n'))
                    c = QLatin1Char(' ');
    if (!doc.ocrPages.isEmpty()) {
        doc.ocr = ImportedDocument::Ocr::Pending;
        doc.warnings.append(ocrPendingWarning(int(doc.ocrPages.size())));
    } else if (std::all_of(doc.pages.cbegin(), doc.pages.cend(), [](const PageText& p) { return p.text.isEmpty(); })) {
        doc.warnings.append(PdfImporter::tr("the PDF has no text layer and nothing to read on its pages: imported "
                                            "without text, so it cannot be searched or annotated"));
    }
    analyse(doc);
    return r;
}

} // namespace kl

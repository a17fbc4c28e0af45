#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QTemporaryDir;

namespace kl {

class AnnotationStore;
class Library;
class PdfDocument;

// A document printed as it is, with its highlights: its pages at full size (a text letter typeset on A4), the
// annotations drawn as every PDF reader draws them. The pages come from the annotated PDF the exporter writes
// (AnnotatedPdfExporter), read back through Poppler, so the printout is the exported PDF's.
class DocumentPrinter {
    Q_DECLARE_TR_FUNCTIONS(kl::DocumentPrinter)

public:
    // Writes the annotated document into `workDir` and opens it; nullptr with `error` set when it cannot.
    static std::shared_ptr<PdfDocument> prepare(const Library& library, const AnnotationStore& store, qint64 letterId,
                                                const QTemporaryDir& workDir, QString* error);
    // Called before each page with (page, pages); returns false to stop.
    using Progress = std::function<bool(int page, int pages)>;
    // Paints every page (or the range the printer asks for) onto `printer`, each fitted to its paper. Returns
    // false when stopped by `progress` or when the printer cannot be painted on.
    static bool print(PdfDocument& document, QPrinter& printer, const Progress& progress, QString* error);
};

} // namespace kl

#include "DocumentPrinter.h"

#include "PdfDocument.h"
#include "export/AnnotatedPdfExporter.h"

#include <QPainter>
#include <QPrinter>
#include <QTemporaryDir>

#include <algorithm>

namespace kl {

std::shared_ptr<PdfDocument> DocumentPrinter::prepare(const Library& library, const AnnotationStore& store,
                                                      qint64 letterId, const QTemporaryDir& workDir, QString* error)
{
    const QString path = workDir.filePath(QStringLiteral("print.pdf"));
    if (AnnotatedPdfExporter::exportLetter(library, store, letterId, path, AnnotatedPdfOptions{}, error) < 0)
        return nullptr;
    return PdfDocument::load(path, error);
}

bool DocumentPrinter::print(PdfDocument& document, QPrinter& printer, const Progress& progress, QString* error)
{
    int first = 0;
    int last = document.pageCount() - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = std::clamp(printer.fromPage() - 1, 0, last);
        last = std::clamp(printer.toPage() > 0 ? printer.toPage() - 1 : last, first, last);
    }
    printer.setFullPage(false);
    QPainter painter;
    if (!painter.begin(&printer)) {
        *error = tr("The printer cannot be used.");
        return false;
    }
    // Enough for print, bounded for memory: an A4 page at 300 dpi is 35 MB while it is painted.
    const int dpi = std::min(printer.resolution(), 300);
    for (int page = first; page <= last; ++page) {
        if (progress && !progress(page - first, last - first + 1)) {
            printer.abort();
            return false;
        }
        if (page > first)
            printer.newPage();
        const QSizeF pt = document.pageSize(page);
        const QImage image = document.render(page, int(pt.width() / 72.0 * dpi));
        const QRectF paper = printer.pageRect(QPrinter::DevicePixel);
        QSizeF size = QSizeF(image.size()).scaled(paper.size(), Qt::KeepAspectRatio);
        const QRectF target(QPointF((paper.width() - size.width()) / 2, (paper.height() - size.height()) / 2), size);
        painter.drawImage(target, image);
    }
    painter.end();
    return true;
}

} // namespace kl

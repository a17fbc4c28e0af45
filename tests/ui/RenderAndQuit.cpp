// Test helper: asks for the first page of a PDF (rendered WIDTH pixels wide, and its words) and ends the program at
// once, with the worker still in Poppler. Usage: PDF WIDTH. Exits 0, unless the worker outlives the application and
// runs into Poppler's globals as exit() destroys them.
#include "PdfDocument.h"
#include "PdfRenderer.h"

#include <QApplication>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc != 3)
        return 2;
    QString error;
    std::shared_ptr<kl::PdfDocument> document = kl::PdfDocument::load(QString::fromLocal8Bit(argv[1]), &error);
    if (!document)
        return 1;
    kl::PdfRenderer renderer(std::move(document));
    // No event loop, as in a test program: aboutToQuit never comes.
    renderer.setWanted({{0, QString::fromLocal8Bit(argv[2]).toInt()}});
    return 0;
}

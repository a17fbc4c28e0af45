// OCR of scanned PDFs: for each file the pages that need OCR, the wall time per page, the words read and the
// metadata found in the OCR text. Usage: bench-ocr [--dpi N] [--threads N] [--lang nld+eng]
// [--text] [--judge] [PDF...]; without files the
// scans of ../shared/corpus2.
#include "import/DocumentReader.h"
#include "ocr/PdfOcr.h"
#include "ocr/TextLayerQuality.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>

using namespace kl;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    OcrOptions options;
    bool showText = false;
    bool judgeOnly = false; // only how each page's text layer is judged
    QStringList files;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--dpi") && i + 1 < args.size())
            options.dpi = args[++i].toInt();
        else if (args[i] == QLatin1String("--threads") && i + 1 < args.size())
            options.threads = args[++i].toInt();
        else if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            options.languages = args[++i];
        else if (args[i] == QLatin1String("--judge"))
            judgeOnly = true;
        else if (args[i] == QLatin1String("--text"))
            showText = true;
        else
            files.append(args[i]);
    }
    if (files.isEmpty()) {
        const QDir corpus(QStringLiteral(KAMERLEZER_CORPUS "2/pdf"));
        for (const char* name :
             {"nota-vws-mondzorg-2024__scan-zonder-tekstlaag.pdf", "nota-kgg-2025-01-29__pagina1-alleen-beeld.pdf",
              "brief-adviescommissie-maatwerk-2023-06-16__tekstlaag-onleesbaar.pdf",
              "nota-vws-mondzorg-2024__scan-ocrmypdf.pdf"})
            files.append(corpus.filePath(QString::fromLatin1(name)));
    }
    std::printf("%-70s %5s %5s %8s %8s %6s\n", "file", "pages", "ocr", "s/page", "total s", "words");
    double allSeconds = 0;
    int allPages = 0;
    for (const QString& file : files) {
        DocumentReader::FileRead read = DocumentReader::readFile(file);
        if (!read.result.ok()) {
            std::fprintf(stderr, "bench-ocr: %s: %s\n", qPrintable(file), qPrintable(read.result.error));
            continue;
        }
        ImportedDocument& doc = read.result.document;
        if (judgeOnly) {
            for (int i = 0; i < doc.pages.size(); ++i)
                std::printf("%s page %d: %d chars, score %.2f, %s%s\n", qPrintable(QFileInfo(file).fileName()), i + 1,
                            int(doc.pages[i].text.size()), TextLayerQuality::score(doc.pages[i].text),
                            std::string(1, "GMXB"[int(TextLayerQuality::judge(doc.pages[i].text))]).c_str(),
                            doc.ocrPages.contains(i) ? " OCR" : "");
            continue;
        }
        const int pages = int(doc.ocrPages.size());
        const PdfOcr::Outcome outcome = PdfOcr::recognize(read.bytes, doc, options);
        if (!outcome.error.isEmpty())
            std::fprintf(stderr, "bench-ocr: %s: %s\n", qPrintable(file), qPrintable(outcome.error));
        std::printf("%-70s %5lld %5d %8.2f %8.2f %6d\n", qPrintable(QFileInfo(file).fileName()),
                    qlonglong(doc.pages.size()), pages, pages ? outcome.seconds / pages : 0.0, outcome.seconds,
                    outcome.words);
        allSeconds += outcome.seconds;
        allPages += pages;
        if (showText) {
            std::printf("%s\n", QJsonDocument(doc.metadata.toJson()).toJson(QJsonDocument::Compact).constData());
            for (int page : outcome.replaced)
                std::printf("--- page %d\n%s\n", page + 1, qPrintable(doc.pages[page].text.left(600)));
        }
    }
    std::printf("OCR: %d pages in %.2f s, %.2f s a page (%d dpi, %d threads)\n", allPages, allSeconds,
                allPages ? allSeconds / allPages : 0.0, options.dpi, options.threads);
    return 0;
}

// Export of the Regeerprogramma with 200 annotations as an annotated PDF, and a briefing pack of a dossier of 20
// generated letters with annotations. Usage: bench-export [PDF]
#include "LibraryGenerator.h"
#include "Stats.h"
#include "anchor/TextAnchor.h"
#include "annotations/AnnotationStore.h"
#include "export/AnnotatedPdfExporter.h"
#include "export/BriefingPackBuilder.h"
#include "library/Library.h"
#include "library/RenditionText.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace kl;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString pdf = argc > 1 ? QString::fromLocal8Bit(argv[1]) : LibraryGenerator::regeerprogramma();
    if (!QFileInfo::exists(pdf)) {
        std::fprintf(stderr, "bench-export: %s: no such file\n", qPrintable(pdf));
        return 1;
    }
    QTemporaryDir dir;
    QString error;
    auto library = Library::open(dir.filePath(QStringLiteral("lib")), &error);
    const qint64 id = library->importFile(pdf).letterId;
    const LetterRecord letter = *library->letter(id);
    AnnotationStore store(*library);
    const RenditionText text = RenditionText::load(*library, letter.renditions.first().id);
    QRandomGenerator random(5);
    for (int i = 0; i < 200; ++i) {
        Annotation a = LibraryGenerator::randomAnnotation(random, letter, text, i);
        store.add(a);
    }
    Stats exportTimes;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        if (AnnotatedPdfExporter::exportLetter(*library, store, id, dir.filePath(QStringLiteral("out.pdf")), {},
                                               &error) < 0)
            std::fprintf(stderr, "bench-export: %s\n", qPrintable(error));
        exportTimes.add(double(t.elapsed()));
    }

    // A dossier of 20 letters: everything generated falls into one dossier.
    auto packLibrary = Library::open(dir.filePath(QStringLiteral("pack")), &error);
    LibraryGenerator generator;
    const QStringList sources = LibraryGenerator::defaultSources();
    generator.learnFrom(sources);
    generator.generate(*packLibrary, 20, 1);
    generator.annotate(*packLibrary, 60);
    BriefingPack pack;
    pack.title = QStringLiteral("Benchmark");
    for (const LetterRecord& l : packLibrary->letters())
        pack.letterIds.append(l.id);
    Stats packTimes;
    int pages = 0;
    for (int i = 0; i < 3; ++i) {
        BriefingPackBuilder builder(*packLibrary, pack);
        QElapsedTimer t;
        t.start();
        builder.writePdf(dir.filePath(QStringLiteral("pack.pdf")), &error);
        packTimes.add(double(t.elapsed()));
        pages = builder.pageCount();
    }
    std::printf("export benchmark\n");
    std::printf("  annotated PDF, %s with 200 annotations   %7.0f ms (median of 5)\n",
                qPrintable(QFileInfo(pdf).fileName()), exportTimes.median());
    std::printf("  briefing pack, dossier of %d letters (%d pages, full text)   %7.0f ms (median of 3)\n",
                int(pack.letterIds.size()), pages, packTimes.median());
    return 0;
}

// Opening the Regeerprogramma with 1,000 annotations against none, and the time to store one annotation.
// "Opening" is what the reader does before the first page shows: load the PDF, render page 1 at 96 dpi, read the
// letter's text and place its annotations. Usage: bench-annotations [PDF]
#include "LibraryGenerator.h"
#include "Stats.h"
#include "anchor/TextAnchor.h"
#include "annotations/AnnotationStore.h"
#include "annotations/PlacedAnnotation.h"
#include "library/Library.h"
#include "library/RenditionText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <poppler-qt6.h>

using namespace kl;

static double openLetter(const Library& library, const AnnotationStore& store, const LetterRecord& letter)
{
    QElapsedTimer t;
    t.start();
    QFile file(letter.renditions.first().storedPath);
    file.open(QIODevice::ReadOnly);
    const QByteArray bytes = file.readAll();
    auto pdf = Poppler::Document::loadFromData(bytes);
    const QImage page = pdf->page(0)->renderToImage(96, 96);
    const RenditionText text = RenditionText::load(library, letter.renditions.first().id);
    const QList<PlacedAnnotation> placed =
        PlacedAnnotation::place(store.forLetter(letter.id), letter.renditions.first().id, text);
    if (page.isNull() || text.text().isEmpty())
        std::fprintf(stderr, "bench-annotations: open failed\n");
    Q_UNUSED(placed);
    return double(t.nsecsElapsed()) / 1e6;
}

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString pdf = argc > 1 ? QString::fromLocal8Bit(argv[1]) : LibraryGenerator::regeerprogramma();
    if (!QFileInfo::exists(pdf)) {
        std::fprintf(stderr, "bench-annotations: %s: no such file\n", qPrintable(pdf));
        return 1;
    }
    QTemporaryDir dir;
    QString error;
    auto library = Library::open(dir.path(), &error);
    const qint64 id = library->importFile(pdf).letterId;
    const LetterRecord letter = *library->letter(id);
    AnnotationStore store(*library);
    const RenditionText text = RenditionText::load(*library, letter.renditions.first().id);

    Stats bare;
    for (int i = 0; i < 7; ++i)
        bare.add(openLetter(*library, store, letter));

    QRandomGenerator random(3);
    Stats storeTimes;
    for (int i = 0; i < 1000; ++i) {
        Annotation a = LibraryGenerator::randomAnnotation(random, letter, text, i);
        QElapsedTimer t;
        t.start();
        store.add(a);
        storeTimes.add(double(t.nsecsElapsed()) / 1e6);
    }
    Stats annotated;
    for (int i = 0; i < 7; ++i)
        annotated.add(openLetter(*library, store, letter));

    std::printf("annotation benchmark: %s, %d pages\n", qPrintable(QFileInfo(pdf).fileName()), text.pageCount());
    std::printf("  open, no annotations       %7.1f ms (median of 7)\n", bare.median());
    std::printf("  open, 1,000 annotations    %7.1f ms (median of 7)   %.2fx   (target at most 1.2x)\n",
                annotated.median(), annotated.median() / bare.median());
    std::printf("  store one annotation       %7.2f ms median, %.2f ms p95   (target median under 5 ms)\n",
                storeTimes.median(), storeTimes.percentile(95));
    return 0;
}

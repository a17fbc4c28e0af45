// Makes a large library for benchmarks. Usage: generate-library OUT_DIR [LETTERS] [ANNOTATIONS]
// or, letters as text files to import: generate-library --files OUT_DIR [LETTERS]
// Letters are recombined from the sentences of ../shared/corpus (when present) and the sample letters.
#include "LibraryGenerator.h"
#include "library/Library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: generate-library OUT_DIR [LETTERS] [ANNOTATIONS] | --files OUT_DIR [LETTERS]\n");
        return 2;
    }
    if (qstrcmp(argv[1], "--files") == 0) { // generate-library --files OUT_DIR [LETTERS]: text files, no library
        if (argc < 3) {
            std::fprintf(stderr, "usage: generate-library --files OUT_DIR [LETTERS]\n");
            return 2;
        }
        kl::LibraryGenerator generator;
        generator.learnFrom(kl::LibraryGenerator::defaultSources());
        const int count = argc > 3 ? atoi(argv[3]) : 2000;
        const QStringList written = generator.writeFiles(QString::fromLocal8Bit(argv[2]), count);
        std::printf("wrote %d letters into %s\n", int(written.size()), argv[2]);
        return written.size() == count ? 0 : 1;
    }
    const int letters = argc > 2 ? atoi(argv[2]) : 10000;
    const int annotations = argc > 3 ? atoi(argv[3]) : 2 * letters;
    QString error;
    auto library = kl::Library::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!library) {
        std::fprintf(stderr, "generate-library: %s\n", qPrintable(error));
        return 1;
    }
    kl::LibraryGenerator generator;
    const QStringList sources = kl::LibraryGenerator::defaultSources();
    generator.learnFrom(sources);
    QElapsedTimer timer;
    timer.start();
    const int stored = generator.generate(*library, letters);
    const double importSeconds = double(timer.elapsed()) / 1000.0;
    timer.restart();
    const int added = generator.annotate(*library, annotations);
    std::printf("generated %d letters from %d sentences in %.1f s: %.0f letters/s (import incl. text, passages, "
                "references, FTS)\n",
                stored, generator.sentenceCount(), importSeconds, stored / std::max(importSeconds, 0.001));
    std::printf("added %d annotations in %.1f s\n", added, double(timer.elapsed()) / 1000.0);
    return 0;
}

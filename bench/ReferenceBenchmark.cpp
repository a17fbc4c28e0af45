// Related passages on a generated library of 2,000 letters plus the Regeerprogramma (p50, p95 over 100 passages),
// and the reference scanner on the Regeerprogramma's text against a plain read of that text from the library.
// Usage: bench-references [PDF]
#include "LibraryGenerator.h"
#include "Stats.h"
#include "library/Library.h"
#include "library/RenditionText.h"
#include "refs/ReferenceScanner.h"
#include "search/SearchEngine.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>

using namespace kl;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString pdf = argc > 1 ? QString::fromLocal8Bit(argv[1]) : LibraryGenerator::regeerprogramma();
    if (!QFileInfo::exists(pdf)) {
        std::fprintf(stderr, "bench-references: %s: no such file\n", qPrintable(pdf));
        return 1;
    }
    QTemporaryDir dir;
    QString error;
    auto library = Library::open(dir.path(), &error);
    LibraryGenerator generator;
    const QStringList sources = LibraryGenerator::defaultSources();
    generator.learnFrom(sources);
    generator.generate(*library, 2000);
    const qint64 rp = library->importFile(pdf).letterId;
    const qint64 renditionId = library->letter(rp)->renditions.first().id;

    SearchEngine engine(*library);
    Stats related;
    QSqlQuery passages(library->database().connection());
    passages.exec(QStringLiteral("SELECT letter_id, text FROM passages ORDER BY random() LIMIT 100"));
    while (passages.next()) {
        QElapsedTimer t;
        t.start();
        engine.similar(passages.value(1).toString().left(300), passages.value(0).toLongLong(), 10);
        related.add(double(t.nsecsElapsed()) / 1e6);
    }

    Stats read, scan;
    int found = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const RenditionText text = RenditionText::load(*library, renditionId);
        read.add(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        found = int(ReferenceScanner::scan(text.text()).size());
        scan.add(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("reference benchmark: %d letters\n", library->letterCount());
    std::printf("  related passages  p50 %6.2f ms   p95 %6.2f ms   (target p95 < 50 ms)\n", related.median(),
                related.percentile(95));
    std::printf("  scanner on the Regeerprogramma  %6.2f ms for %d references; reading its text %6.2f ms (%.1fx)\n",
                scan.median(), found, read.median(), scan.median() / std::max(0.001, read.median()));
    return 0;
}

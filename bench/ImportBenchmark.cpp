// Import of one PDF (default: the 138-page Regeerprogramma) against pdftotext on the same file.
// Prints the median of several runs of each, and the ratio. Usage: bench-import [FILE] [RUNS]
#include "LibraryGenerator.h"
#include "library/Library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

double medianMs(int runs, const std::function<void()>& once)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        once();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void runProcess(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        std::fprintf(stderr, "bench-import: %s failed: %s\n", qPrintable(program),
                     p.readAllStandardError().constData());
        std::exit(1);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString file = argc > 1 ? QString::fromLocal8Bit(argv[1]) : kl::LibraryGenerator::regeerprogramma();
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 7;
    if (!QFileInfo::exists(file)) {
        std::fprintf(stderr, "bench-import: %s: no such file (is ../shared/corpus there?)\n", qPrintable(file));
        return 1;
    }
    QTemporaryDir tmp;
    int counter = 0;
    const double inProcess = medianMs(runs, [&] {
        QString error;
        auto library = kl::Library::open(tmp.filePath(QString::number(counter++)), &error);
        const kl::ImportOutcome outcome = library->importFile(file);
        if (outcome.status != kl::ImportOutcome::Imported) {
            std::fprintf(stderr, "bench-import: import failed: %s\n", qPrintable(outcome.message));
            std::exit(1);
        }
    });
    const double cli = medianMs(runs, [&] {
        runProcess(
            QStringLiteral(KAMERLEZER_CLI),
            {QStringLiteral("--library"), tmp.filePath(QString::number(counter++)), QStringLiteral("import"), file});
    });
    const double pdftotext = medianMs(runs, [&] {
        runProcess(QStringLiteral("pdftotext"), {file, tmp.filePath(QStringLiteral("out.txt"))});
    });

    std::printf("import benchmark: %s (median of %d runs, %d threads)\n", qPrintable(QFileInfo(file).fileName()), runs,
                QThread::idealThreadCount());
    std::printf("  %-44s %8.1f ms\n", "pdftotext (reference)", pdftotext);
    std::printf("  %-44s %8.1f ms   %.2fx pdftotext\n", "Library::importFile (in process)", inProcess,
                inProcess / pdftotext);
    std::printf("  %-44s %8.1f ms   %.2fx pdftotext\n", "kamerlezer-cli import (new process)", cli, cli / pdftotext);
    std::printf("  target: at most 1.5x\n");
    return 0;
}

// Prints how well ToezeggingDetector finds the hand-labelled commitments of tests/data/toezeggingen/labels.json:
// per document labelled, found, matched, and what was missed or found beside the labels; then recall and
// precision. Usage: evaluate-toezeggingen [LABELS.json [SHARED_FOLDER]] [--verbose]
#include "ToezeggingEvaluation.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool verbose = args.removeAll(QStringLiteral("--verbose")) > 0;
    const QString labels = args.value(0, QStringLiteral(KAMERLEZER_TEST_DATA "/toezeggingen/labels.json"));
    const QString shared = args.value(1, QStringLiteral(KAMERLEZER_CORPUS "/.."));
    QString error;
    const QList<ToezeggingScore> scores = ToezeggingEvaluation::run(labels, shared, &error);
    if (scores.isEmpty()) {
        std::fprintf(stderr, "evaluate-toezeggingen: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%-70s %8s %6s %8s\n", "document", "labelled", "found", "matched");
    for (const ToezeggingScore& s : scores) {
        std::printf("%-70s %8d %6d %8d\n", qPrintable(s.file.right(70)), s.labelled, s.found, s.matched);
        if (verbose) {
            for (const QString& m : s.missed)
                std::printf("    missed: %s\n", qPrintable(m.left(220)));
            for (const QString& e : s.extra)
                std::printf("    extra:  %s\n", qPrintable(e.left(220)));
        }
    }
    std::printf("recall %.3f  precision %.3f  (targets 0.9 and 0.85)\n", ToezeggingEvaluation::recall(scores),
                ToezeggingEvaluation::precision(scores));
    double ms = 0;
    qint64 characters = 0;
    for (const ToezeggingScore& s : scores) {
        ms += s.detectMs;
        characters += s.characters;
    }
    std::printf("detection: %.1f ms over %lld characters (%.2f ms per 100,000)\n", ms, qint64(characters),
                characters ? ms * 100000.0 / double(characters) : 0.0);
    return 0;
}

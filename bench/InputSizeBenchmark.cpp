// Import time against input size: generated text letters and KOOP XML files of 1, 2, 4, 8 and 16 MB, dense with
// references and numbers (the worst case for the reference scanner), and text full of ligatures (the worst case
// for NFKC), each imported into a new library. Prints the
// time per size and the factor per doubling, which stays near 2 when the import is linear.
// Then import-notes of 1,000 to 16,000 notes from a W3C file.
// Usage: bench-input-size [MAX_MB [RUNS]]   (RUNS: the best of so many imports is printed; 3)
#include "annotations/AnnotationStore.h"
#include "library/Library.h"
#include "session/LibrarySession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace kl;

namespace {

// A sentence of the kind a dossier's history letter is full of: citations, number lists, a Staatsblad, a date.
QString sentence(QRandomGenerator& random)
{
    return QStringLiteral("Zie Kamerstuk %1 %2, nr. %3 en nrs. %4, %5 en %6; Stb. 2019, %7; motie %8 van 12 "
                          "maart 2024 (2024Z0%9). ")
        .arg(random.bounded(20000, 36999))
        .arg(random.bounded(100, 999))
        .arg(random.bounded(1, 400))
        .arg(random.bounded(1, 99))
        .arg(random.bounded(100, 199))
        .arg(random.bounded(200, 299))
        .arg(random.bounded(1, 500))
        .arg(random.bounded(1, 3000))
        .arg(random.bounded(1000, 9999));
}

QByteArray textLetter(qint64 bytes, QRandomGenerator& random)
{
    QString out = QStringLiteral("Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\n19 637\n\n"
                                 "Vreemdelingenbeleid\n\nNr. 9999\n\nBRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE\n\n");
    while (out.size() < bytes) {
        for (int i = 0; i < 6; ++i)
            out += sentence(random);
        out += QStringLiteral("\n\n");
    }
    return out.toUtf8();
}

// Ligatures and full-width letters everywhere: what NFKC changes most.
QByteArray ligatureLetter(qint64 bytes)
{
    QString out = QStringLiteral("Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\n");
    while (out.toUtf8().size() < bytes)
        out += QStringLiteral("ﬁnanciële ﬂexibiliteit ＡＢＣ ").repeated(1000);
    return out.toUtf8().left(bytes);
}

QByteArray xmlLetter(qint64 bytes, QRandomGenerator& random)
{
    QString out = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<officiele-publicatie><kamerstuk><kamerstukkop>"
        "<tekstregel inhoud=\"vergaderjaar\">Vergaderjaar 2024-2025</tekstregel></kamerstukkop>"
        "<dossier><dossiernummer><dossiernr>19 637</dossiernr></dossiernummer><titel>Vreemdelingenbeleid</titel>"
        "</dossier><stuk><stuknr>Nr. <ondernummer kamer=\"2\">9999</ondernummer></stuknr>"
        "<titel>BRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE</titel><algemeen><vrije-tekst><tekst>\n");
    while (out.size() < bytes) {
        out += QStringLiteral("<al>");
        for (int i = 0; i < 6; ++i)
            out += sentence(random);
        out += QStringLiteral("</al>\n");
    }
    out += QStringLiteral("</tekst></vrije-tekst></algemeen></stuk></kamerstuk></officiele-publicatie>\n");
    return out.toUtf8();
}

// A W3C file of `count` notes on the fixture letter, as another member of the team might send: one annotation
// written by Kamerlezer, repeated with a note and an id of its own each.
QByteArray w3cNotes(Library& library, qint64 letter, int count)
{
    LibrarySession session(library);
    const Result<qint64> made = session.annotateQuote(letter, QStringLiteral("over de voortgang"), 1,
                                                      QStringLiteral("yellow"), QStringLiteral("note"), {});
    if (!made)
        return {};
    QJsonObject collection =
        QJsonDocument::fromJson(W3cAnnotations::write(library, AnnotationStore(library), {letter})).object();
    session.removeAnnotation(*made);
    const QJsonObject item = collection.value(QStringLiteral("items")).toArray().first().toObject();
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        QJsonObject copy = item;
        copy.insert(QStringLiteral("id"), QStringLiteral("urn:bench:%1").arg(i));
        QJsonArray bodies;
        for (const QJsonValue& b : item.value(QStringLiteral("body")).toArray()) {
            QJsonObject body = b.toObject();
            if (body.value(QStringLiteral("purpose")).toString() == QLatin1String("commenting"))
                body.insert(QStringLiteral("value"), QStringLiteral("note %1").arg(i));
            bodies.append(body);
        }
        copy.insert(QStringLiteral("body"), bodies);
        items.append(copy);
    }
    collection.insert(QStringLiteral("items"), items);
    collection.insert(QStringLiteral("total"), count);
    return QJsonDocument(collection).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int maxMb = argc > 1 ? std::max(1, atoi(argv[1])) : 16;
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 3;
    QRandomGenerator random(20261207);
    std::printf("input-size benchmark: import of one generated letter into a new library (wall time, best of %d)\n",
                runs);
    for (const char* kind : {"text", "xml", "ligatures"}) {
        double previous = 0;
        for (int mb = 1; mb <= maxMb; mb *= 2) {
            QTemporaryDir dir;
            const QString file =
                dir.filePath(QStringLiteral("letter.") + QLatin1String(kind == QLatin1String("xml") ? "xml" : "txt"));
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly))
                return 1;
            const QLatin1String name(kind);
            out.write(name == QLatin1String("xml")         ? xmlLetter(qint64(mb) << 20, random)
                      : name == QLatin1String("ligatures") ? ligatureLetter(qint64(mb) << 20)
                                                           : textLetter(qint64(mb) << 20, random));
            out.close();
            // The best of `runs` imports, each into a new library: the machine's other work adds, never takes away.
            double seconds = 0;
            ImportOutcome outcome;
            for (int run = 0; run < runs; ++run) {
                QString error;
                auto library = Library::open(dir.filePath(QStringLiteral("library%1").arg(run)), &error);
                if (!library) {
                    std::fprintf(stderr, "bench-input-size: %s\n", qPrintable(error));
                    return 1;
                }
                QElapsedTimer t;
                t.start();
                outcome = library->importFile(file);
                const double took = double(t.nsecsElapsed()) / 1e9;
                seconds = run == 0 ? took : std::min(seconds, took);
            }
            std::printf("  %-9s %2d MB  %7.2f s  %s%s\n", kind, mb, seconds,
                        previous > 0
                            ? qPrintable(QStringLiteral("x%1 per doubling  ").arg(seconds / previous, 0, 'f', 2))
                            : "                  ",
                        outcome.failed() ? qPrintable(QStringLiteral("refused: ") + outcome.message) : "imported");
            previous = seconds;
        }
    }
    std::printf("import-notes: a W3C file of N notes on one letter (wall time, best of %d)\n", runs);
    double previous = 0;
    for (int count : {1000, 2000, 4000, 8000, 16000}) {
        double seconds = 0;
        int added = -1;
        for (int run = 0; run < runs; ++run) {
            QTemporaryDir dir;
            QString error;
            auto library = Library::open(dir.path(), &error);
            const qint64 letter =
                library ? library->importFile(QStringLiteral(KAMERLEZER_SOURCE_DIR "/tests/data/letter.pdf")).letterId
                        : 0;
            if (!letter) {
                std::fprintf(stderr, "bench-input-size: cannot make the library: %s\n", qPrintable(error));
                return 1;
            }
            const QByteArray json = w3cNotes(*library, letter, count);
            LibrarySession session(*library);
            QElapsedTimer t;
            t.start();
            const Result<W3cAnnotations::ImportResult> imported = session.importW3c(json);
            const double took = double(t.nsecsElapsed()) / 1e9;
            seconds = run == 0 ? took : std::min(seconds, took);
            added = imported ? imported->added : -1;
        }
        std::printf("  %6d notes  %7.2f s  %s%d imported\n", count, seconds,
                    previous > 0 ? qPrintable(QStringLiteral("x%1 per doubling  ").arg(seconds / previous, 0, 'f', 2))
                                 : "                  ",
                    added);
        previous = seconds;
    }
    return 0;
}

// Test helper: one of several processes writing to one library at once.
//   library-writer LIBRARY                      opens (creating) the library, nothing else
//   library-writer LIBRARY annotate ID QUOTE N  stores N annotations of QUOTE, each its own write
//   library-writer LIBRARY import FILE...       imports the files
// Prints one line per failure on stderr; exits 1 when anything failed.
#include "annotations/AnnotationStore.h"
#include "annotations/QuoteAnnotator.h"
#include "library/Library.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return 2;
    QString error;
    auto library = kl::Library::open(args[0], &error);
    if (!library) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    int failures = 0;
    if (args.value(1) == QLatin1String("annotate") && args.size() == 5) {
        kl::AnnotationStore store(*library);
        const qint64 letter = library->resolveId(args[2]);
        for (int i = 0; i < args[4].toInt(); ++i) {
            error.clear();
            kl::Annotation a = kl::QuoteAnnotator::fromQuote(*library, letter, args[3], 1, &error);
            a.note = QStringLiteral("note %1 of process %2").arg(i).arg(QCoreApplication::applicationPid());
            if (!error.isEmpty() || !store.add(a, &error)) {
                std::fprintf(stderr, "annotation %d: %s\n", i, qPrintable(error));
                ++failures;
            }
        }
    } else if (args.value(1) == QLatin1String("import")) {
        for (const QString& file : args.mid(2))
            if (const kl::ImportOutcome outcome = library->importFile(file); outcome.failed()) {
                std::fprintf(stderr, "import %s: %s\n", qPrintable(file), qPrintable(outcome.message));
                ++failures;
            }
    } else if (args.size() > 1) {
        return 2;
    }
    return failures > 0 ? 1 : 0;
}

// Test helper: stores one annotation, says "stored", then waits to be killed. Usage: LIBRARY ID QUOTE
#include "annotations/AnnotationStore.h"
#include "annotations/QuoteAnnotator.h"
#include "library/Library.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    QString error;
    auto library = kl::Library::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!library)
        return 1;
    kl::AnnotationStore store(*library);
    kl::Annotation a = kl::QuoteAnnotator::fromQuote(*library, library->resolveId(QString::fromLocal8Bit(argv[2])),
                                                     QString::fromLocal8Bit(argv[3]), 1, &error);
    if (!error.isEmpty() || !store.add(a, &error))
        return 1;
    std::printf("stored %lld\n", static_cast<long long>(a.id));
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

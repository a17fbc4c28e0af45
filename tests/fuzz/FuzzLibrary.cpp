#include "FuzzLibrary.h"

#include <QTemporaryDir>

#include <cstdlib>

FuzzLibrary& FuzzLibrary::instance()
{
    static QTemporaryDir dir;
    static FuzzLibrary made = [] {
        FuzzLibrary f;
        QString error;
        f.library = kl::Library::open(dir.path(), &error);
        if (!f.library)
            std::abort();
        f.letterId = f.library->importFile(QStringLiteral(KAMERLEZER_TEST_DATA "/letter.pdf")).letterId;
        if (!f.letterId)
            std::abort();
        return f;
    }();
    return made;
}

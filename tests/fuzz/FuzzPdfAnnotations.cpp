// The PDF annotation import (Acrobat's, Okular's, ours): any bytes as a PDF whose highlights are read into a
// letter; nothing is stored.
#include "FuzzLibrary.h"
#include "FuzzMain.h"
#include "annotations/AnnotationStore.h"
#include "export/PdfAnnotationImporter.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(fuzzInput(data, size));
    file.close();
    FuzzLibrary& f = FuzzLibrary::instance();
    const kl::AnnotationStore store(*f.library);
    QString error;
    kl::PdfAnnotationImporter::importInto(
        *f.library, store, f.letterId, path, [](kl::Annotation&, QString*) { return true; }, &error);
    return 0;
}

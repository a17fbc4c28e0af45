// The W3C annotation import: any bytes as JSON, anchored in a letter; nothing is stored.
#include "FuzzLibrary.h"
#include "FuzzMain.h"
#include "annotations/AnnotationStore.h"
#include "export/W3cAnnotations.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzLibrary& f = FuzzLibrary::instance();
    const kl::AnnotationStore store(*f.library);
    QString error;
    kl::W3cAnnotations::read(
        *f.library, store, fuzzInput(data, size),
        [](kl::Annotation& a, QString*) {
            if (a.anchor.start < 0 || a.anchor.end < a.anchor.start)
                __builtin_trap(); // only real positions are kept
            return true;
        },
        &error);
    return 0;
}

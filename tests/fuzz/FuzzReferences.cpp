// The reference scanner, with running headers found in the same text.
#include "FuzzMain.h"
#include "document/DocumentMetadata.h"
#include "document/RunningHeaders.h"
#include "refs/ReferenceScanner.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzInput(data, size));
    const QStringList pages = text.split(QLatin1Char('\f'));
    const kl::DocumentMetadata metadata;
    const QList<kl::Reference> refs = kl::ReferenceScanner::scanDocument(pages, metadata);
    for (const kl::Reference& r : refs)
        if (r.start < 0 || r.end > pages.join(QLatin1Char('\f')).size() || r.end < r.start)
            __builtin_trap(); // a reference must lie in the text it was found in
    return 0;
}

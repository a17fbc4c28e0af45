// The anchor resolver: a text, and a quote with its context and a position hint, all from the input.
#include "FuzzMain.h"
#include "anchor/AnchorResolver.h"
#include "anchor/TextAnchor.h"

#include <QByteArrayList>

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 16)
        return 0;
    qint64 start = 0, end = 0;
    std::memcpy(&start, data, 8);
    std::memcpy(&end, data + 8, 8);
    const QList<QByteArray> parts = fuzzInput(data + 16, size - 16).split('\x01');
    const QString text = QString::fromUtf8(parts.value(0));
    kl::TextAnchor anchor;
    anchor.exact = QString::fromUtf8(parts.value(1)).left(4000);
    anchor.prefix = QString::fromUtf8(parts.value(2)).left(64);
    anchor.suffix = QString::fromUtf8(parts.value(3)).left(64);
    anchor.start = start;
    anchor.end = end;
    const kl::AnchorResolver::Result r = kl::AnchorResolver::resolve(text, anchor);
    if (r.found() && (r.start < 0 || r.end > text.size() || r.end < r.start))
        __builtin_trap(); // what it found lies in the text
    return 0;
}

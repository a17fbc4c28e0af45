// The metadata parser: the first page and the whole text of a letter, as UTF-8.
#include "FuzzMain.h"
#include "metadata/MetadataParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(fuzzInput(data, size));
    const qsizetype page = text.indexOf(QLatin1Char('\f'));
    kl::MetadataParser::parse(page < 0 ? text : text.left(page), text);
    return 0;
}

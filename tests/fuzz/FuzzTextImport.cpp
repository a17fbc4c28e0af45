// The text decoder and the text importer, metadata and references included: any bytes.
#include "FuzzMain.h"
#include "import/DocumentReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    kl::DocumentReader::readData(fuzzInput(data, size), kl::FileFormat::Text);
    return 0;
}

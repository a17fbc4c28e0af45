// The KOOP XML importer (and the VLOS one): any bytes as XML.
#include "FuzzMain.h"
#include "import/DocumentReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = fuzzInput(data, size);
    kl::DocumentReader::readData(bytes, kl::FileFormat::KoopXml);
    kl::DocumentReader::readData(bytes, kl::FileFormat::VlosXml);
    return 0;
}

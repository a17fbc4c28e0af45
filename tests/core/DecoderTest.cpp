#include "import/TextDecoder.h"

#include <catch2/catch.hpp>

TEST_CASE("Windows-1252 text is decoded") {
    const auto r = kl::TextDecoder::decode(QByteArray("Financi\xEBle \x93zaken\x94\r\n"));
    CHECK(r.error.isEmpty());
    CHECK(r.encoding == QStringLiteral("Windows-1252"));
    CHECK(r.text == QStringLiteral(u"Financiële “zaken”\r\n"));
}

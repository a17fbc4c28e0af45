#include "TestPaths.h"
#include "import/DocumentReader.h"
#include "import/TextDecoder.h"
#include "import/TextImporter.h"

#include <QRandomGenerator>
#include <catch2/catch.hpp>

using kl::DocumentReader;
using kl::TextDecoder;

TEST_CASE("Windows-1252 with CRLF is read as the letter it is")
{
    const auto read = DocumentReader::readFile(TestPaths::data("cp1252-crlf.txt"));
    REQUIRE(read.result.ok());
    const QString text = read.result.document.fullText();
    CHECK(text.contains(QStringLiteral(u"financiële verantwoording; de ‘uitgaven’ zijn geëvalueerd")));
    CHECK_FALSE(text.contains(QLatin1Char('\r')));
    const auto& m = read.result.document.metadata;
    CHECK(m.kstId == QStringLiteral("kst-36600-IX-30"));
    CHECK(m.sender == QStringLiteral(u"Minister van Financiën"));
    CHECK(m.signatory == QStringLiteral("E. Heinen"));
}

TEST_CASE("UTF-8 and UTF-16 with a byte order mark are read")
{
    const auto utf8 = DocumentReader::readFile(TestPaths::data("utf8-bom.txt"));
    REQUIRE(utf8.result.ok());
    CHECK(utf8.result.document.metadata.kstId == QStringLiteral("kst-36027-5"));
    CHECK_FALSE(utf8.result.document.fullText().startsWith(QChar(0xFEFF)));

    const auto utf16 = DocumentReader::readFile(TestPaths::data("utf16-bom.txt"));
    REQUIRE(utf16.result.ok());
    CHECK(utf16.result.document.metadata.kstId == QStringLiteral("kst-21501-20-2160"));
}

TEST_CASE("Bytes that are not text in a known encoding are refused")
{
    CHECK_FALSE(TextDecoder::decode(QByteArray("plain ascii")).error.size());
    CHECK(TextDecoder::decode(QByteArray("a\0b\0c\0", 6)).error.contains(QStringLiteral("encoding")));
    QByteArray noise;
    for (int i = 0; i < 2000; ++i)
        noise.append(char((i * 7919) % 256));
    CHECK(TextDecoder::decode(noise).error.contains(QStringLiteral("binary")));
}

TEST_CASE("A UTF-8 text with one stray byte stays UTF-8, with a warning")
{
    const QByteArray bytes = QStringLiteral(u"Financiële gevolgen zijn geëvalueerd; één byte is stuk: ").toUtf8() +
                             "\xFF" + QByteArray(" einde.");
    const auto r = TextDecoder::decode(bytes);
    CHECK(r.error.isEmpty());
    CHECK(r.encoding == QStringLiteral("UTF-8"));
    CHECK(r.text.contains(QStringLiteral(u"Financiële gevolgen zijn geëvalueerd")));
    CHECK(r.warning.contains(QStringLiteral("1 byte(s)")));
    // Mostly non-UTF-8: Windows-1252, no warning.
    const auto cp = TextDecoder::decode(QByteArray("Financi\xEBle en ge\xEBvalueerd en \xE9\xE9n"));
    CHECK(cp.encoding == QStringLiteral("Windows-1252"));
    CHECK(cp.warning.isEmpty());
}

TEST_CASE("Normalizing a long text in pieces gives what normalizing it whole gives", "[import][text]")
{
    // Ligatures, combining marks after Latin and Greek letters, a spacing accent before marks, Hangul jamo that
    // compose, full-width letters: each kind at the edges of the pieces too.
    const QStringList words{QStringLiteral("ﬁnanciële"),
                            QStringLiteral("e\u0301e\u0300"),
                            QStringLiteral("\u00B4\u0316"),
                            QStringLiteral("\u03B1\u0301"),
                            QStringLiteral("\u1100\u1161\u11A8"),
                            QStringLiteral("\uFF21\uFF22"),
                            QStringLiteral("ﬂexibel"),
                            QStringLiteral("Kamer")};
    QRandomGenerator random(3);
    QString text;
    for (int i = 0; i < 30000; ++i) {
        text += words[random.bounded(int(words.size()))];
        text += (i % 13 == 12) ? QLatin1Char('\n') : random.bounded(4) == 0 ? QChar(0x3000) : QLatin1Char(' ');
    }
    text += QStringLiteral("einde");
    CHECK(kl::TextImporter::cleanText(text) == text.normalized(QString::NormalizationForm_KC));
}

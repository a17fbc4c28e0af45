#include "TextDecoder.h"

#include <QStringDecoder>

#include <algorithm>

namespace kl {

namespace {

// Windows-1252 bytes 0x80..0x9F; 0 marks the five bytes the code page leaves undefined.
constexpr char16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool isControl(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f';
}

// Text of letters has next to no control characters; binary data has them everywhere.
bool looksBinary(const QString& text)
{
    qsizetype controls = 0;
    for (QChar c : text)
        if (isControl(c.unicode()))
            ++controls;
    return controls > 0 && controls * 200 > text.size();
}

QString decodeCp1252(const QByteArray& bytes, qsizetype* undefinedBytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar* dst = out.data();
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        char16_t u = b;
        if (b >= 0x80 && b < 0xA0) {
            u = kCp1252High[b - 0x80];
            if (u == 0) {
                ++*undefinedBytes;
                u = 0xFFFD;
            }
        }
        *dst++ = QChar(u);
    }
    return out;
}

} // namespace

TextDecoder::Result TextDecoder::decode(const QByteArray& bytes)
{
    Result r;
    auto decodeWith = [&](QStringConverter::Encoding enc, qsizetype skip, const char* name) {
        QStringDecoder decoder(enc, QStringConverter::Flag::Stateless);
        r.text = decoder.decode(QByteArrayView(bytes).sliced(skip));
        r.encoding = QString::fromLatin1(name);
        if (decoder.hasError())
            r.error = TextDecoder::tr("invalid %1 text").arg(r.encoding);
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        decodeWith(QStringConverter::Utf8, 3, "UTF-8");
    } else if (bytes.startsWith("\xFF\xFE")) {
        decodeWith(QStringConverter::Utf16LE, 2, "UTF-16LE");
    } else if (bytes.startsWith("\xFE\xFF")) {
        decodeWith(QStringConverter::Utf16BE, 2, "UTF-16BE");
    } else if (bytes.contains('\0')) {
        r.error = TextDecoder::tr("unknown encoding or binary data (NUL bytes; UTF-16 needs a byte order mark)");
        return r;
    } else {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        r.text = utf8.decode(bytes);
        r.encoding = QStringLiteral("UTF-8");
        if (utf8.hasError()) {
            // A UTF-8 text with a stray byte or two (files glued together, a bad copy) stays UTF-8, with those bytes
            // replaced and said so; otherwise the bytes are Windows-1252.
            const qsizetype replaced = r.text.count(QChar(0xFFFD));
            const qsizetype wellFormed = std::count_if(
                r.text.cbegin(), r.text.cend(), [](QChar c) { return c.unicode() >= 0x80 && c.unicode() != 0xFFFD; });
            if (replaced <= 3 && wellFormed >= 2 * replaced) {
                r.warning = TextDecoder::tr("%n byte(s) are not valid UTF-8 and were replaced", nullptr, int(replaced));
            } else {
                qsizetype undefined = 0;
                r.text = decodeCp1252(bytes, &undefined);
                r.encoding = QStringLiteral("Windows-1252");
            }
        }
    }
    if (r.error.isEmpty() && looksBinary(r.text))
        r.error = TextDecoder::tr("unknown encoding or binary data, not text");
    if (!r.error.isEmpty())
        r.text.clear();
    return r;
}

} // namespace kl

#include "FileFormat.h"

#include <QStringDecoder>

namespace kl {

FileFormat::Kind FileFormat::sniff(const QByteArray& head)
{
    // PDF allows up to 1024 bytes of junk before the header.
    if (head.left(1024).contains("%PDF-"))
        return Pdf;
    // XML in UTF-16 (with its byte order mark, or "<?xml" with a zero byte beside each letter) is looked at as
    // UTF-8, as the rest; QXmlStreamReader reads it in its own encoding after.
    QByteArray start = head.left(kHeadBytes);
    const bool utf16le = start.startsWith("\xFF\xFE") || start.startsWith(QByteArrayView("<\0?\0", 4));
    const bool utf16be = start.startsWith("\xFE\xFF") || start.startsWith(QByteArrayView("\0<\0?", 4));
    if (utf16le || utf16be) {
        QStringDecoder utf16(utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        start = QString(utf16(start)).toUtf8();
    }
    if (start.contains("<officiele-publicatie"))
        return KoopXml;
    // The Tweede Kamer's verslag of a plenary day; it may open with a byte order mark.
    if (start.contains("<vlosCoreDocument"))
        return VlosXml;
    return Text;
}

QString FileFormat::name(Kind kind)
{
    switch (kind) {
    case Pdf:
        return QStringLiteral("pdf");
    case KoopXml:
    case VlosXml:
        return QStringLiteral("xml");
    case Text:
        break;
    }
    return QStringLiteral("text");
}

QString FileFormat::extension(Kind kind)
{
    return kind == Text ? QStringLiteral("txt") : name(kind);
}

} // namespace kl

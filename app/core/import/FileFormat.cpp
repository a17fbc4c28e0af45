#include "FileFormat.h"

namespace kl {

FileFormat::Kind FileFormat::sniff(const QByteArray& head)
{
    // PDF allows up to 1024 bytes of junk before the header.
    if (head.left(1024).contains("%PDF-"))
        return Pdf;
    if (head.left(4096).contains("<officiele-publicatie"))
        return KoopXml;
    // The Tweede Kamer's verslag of a plenary day; it may open with a byte order mark.
    if (head.left(4096).contains("<vlosCoreDocument"))
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

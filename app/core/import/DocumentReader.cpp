#include "DocumentReader.h"

#include "KoopXmlImporter.h"
#include "PdfImporter.h"
#include "TextImporter.h"
#include "VlosXmlImporter.h"
#include "base/BoundedFile.h"
#include "refs/ReferenceScanner.h"

#include <QCryptographicHash>
#include <QFile>

namespace kl {

static QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

DocumentReader::FileRead DocumentReader::readFile(const QString& path)
{
    FileRead out;
    if (const Error why = BoundedFile::notReadable(path); why.isError()) {
        out.result = ReadResult::failure(why.message());
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.result = ReadResult::failure(DocumentReader::tr("cannot be read: %1").arg(file.errorString()));
        return out;
    }
    const qint64 size = file.size();
    if (size == 0) {
        out.result = ReadResult::failure(DocumentReader::tr("the file is empty"));
        return out;
    }
    const QByteArray head = file.peek(FileFormat::kHeadBytes);
    out.format = FileFormat::sniff(head);
    if (const QString tooLarge = tooLargeMessage(out.format, size); !tooLarge.isEmpty()) {
        out.result = ReadResult::failure(tooLarge);
        return out;
    }
    out.bytes = file.readAll();
    if (out.bytes.size() != size) {
        out.result = ReadResult::failure(DocumentReader::tr("cannot be read completely: %1").arg(file.errorString()));
        return out;
    }
    out.sha256 = sha256Hex(out.bytes);
    out.result = readData(out.bytes, out.format);
    return out;
}

DocumentReader::FileRead DocumentReader::readBytes(const QByteArray& bytes)
{
    FileRead out;
    if (bytes.isEmpty()) {
        out.result = ReadResult::failure(DocumentReader::tr("the file is empty"));
        return out;
    }
    out.format = FileFormat::sniff(bytes.left(FileFormat::kHeadBytes));
    if (const QString tooLarge = tooLargeMessage(out.format, bytes.size()); !tooLarge.isEmpty()) {
        out.result = ReadResult::failure(tooLarge);
        return out;
    }
    out.bytes = bytes;
    out.sha256 = sha256Hex(bytes);
    out.result = readData(bytes, out.format);
    return out;
}

QString DocumentReader::tooLargeMessage(FileFormat::Kind format, qint64 size)
{
    const qint64 limit = format == FileFormat::Pdf ? kMaxPdfBytes : kMaxTextBytes;
    if (size <= limit)
        return {};
    return DocumentReader::tr("too large for a %1 document (%2; the limit is %3)")
        .arg(FileFormat::name(format), megabytes(size), megabytes(limit));
}

ReadResult DocumentReader::readData(const QByteArray& bytes, FileFormat::Kind format)
{
    if (bytes.isEmpty())
        return ReadResult::failure(DocumentReader::tr("the file is empty"));
    ReadResult r;
    switch (format) {
    case FileFormat::Pdf:
        r = PdfImporter::read(bytes);
        break;
    case FileFormat::KoopXml:
        r = KoopXmlImporter::read(bytes);
        break;
    case FileFormat::VlosXml:
        r = VlosXmlImporter::read(bytes);
        break;
    case FileFormat::Text:
        r = TextImporter::read(bytes);
        break;
    }
    if (r.ok())
        settleReferences(r.document);
    return r;
}

void DocumentReader::settleReferences(ImportedDocument& doc)
{
    // The importers find references in the text alone. Only now, with the metadata read, is it known which id
    // is the document's own (its footer names itself) and which dossier "gedrukt onder nr." means; the running
    // lines need every page. KOOP XML's tagged references are kept, less those the context rules out.
    QStringList pages;
    for (const PageText& page : doc.pages)
        pages.append(page.text);
    const ReferenceScanner::Context context = ReferenceScanner::contextOf(pages, doc.metadata);
    const QList<Reference> scanned = ReferenceScanner::scan(pages.join(QLatin1Char('\f')), context);
    if (doc.format == QLatin1String("xml"))
        doc.references = ReferenceScanner::merge(ReferenceScanner::without(doc.references, context), scanned);
    else
        doc.references = scanned;
}

QString DocumentReader::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace kl

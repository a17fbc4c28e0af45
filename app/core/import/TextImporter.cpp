#include "TextImporter.h"

#include "HtmlText.h"

#include "TextDecoder.h"
#include "metadata/MetadataParser.h"
#include "refs/ReferenceScanner.h"

#include <QRegularExpression>

namespace kl {

QString TextImporter::cleanText(const QString& raw)
{
    QString text = raw;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text = text.normalized(QString::NormalizationForm_KC);

    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+"));
    static const QRegularExpression emphasis(QStringLiteral("\\*\\*|__"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        line.remove(heading);
        line.remove(emphasis);
        // Two trailing spaces are a markdown line break: the break is already there.
        while (line.endsWith(QLatin1Char(' ')) || line.endsWith(QLatin1Char('\t')))
            line.chop(1);
    }
    text = lines.join(QLatin1Char('\n'));
    static const QRegularExpression manyBlankLines(QStringLiteral("\n{3,}"));
    text.replace(manyBlankLines, QStringLiteral("\n\n"));
    static const QRegularExpression blankAroundFormFeed(QStringLiteral("\n*\f\n*"));
    text.replace(blankAroundFormFeed, QStringLiteral("\f"));
    while (text.startsWith(QLatin1Char('\n')))
        text.remove(0, 1);
    // pdftotext ends every page with a form feed: the last one opens no page.
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char('\f')))
        text.chop(1);
    return text;
}

ReadResult TextImporter::read(const QByteArray& bytes)
{
    const TextDecoder::Result decoded = TextDecoder::decode(bytes);
    if (!decoded.error.isEmpty())
        return ReadResult::failure(decoded.error);
    // An HTML page (KOOP's HTML of a Kamerstuk, a saved web page) is read for its text.
    const QString text = cleanText(HtmlText::looksLikeHtml(bytes) ? HtmlText::toText(decoded.text) : decoded.text);
    if (text.trimmed().isEmpty())
        return ReadResult::failure(TextImporter::tr("the file holds no text"));

    ReadResult r;
    ImportedDocument& doc = r.document;
    doc.format = QStringLiteral("text");
    if (!decoded.warning.isEmpty())
        doc.warnings.append(decoded.warning);
    for (const QString& pageText : text.split(QLatin1Char('\f')))
        doc.pages.append(PageText{pageText, {}, {}});
    doc.metadata = MetadataParser::parse(doc.pages.first().text, doc.fullText());
    doc.references = ReferenceScanner::scan(doc.fullText());
    return r;
}

} // namespace kl

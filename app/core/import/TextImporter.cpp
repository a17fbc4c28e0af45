#include "TextImporter.h"

#include "HtmlText.h"

#include "TextDecoder.h"
#include "metadata/MetadataParser.h"
#include "refs/ReferenceScanner.h"

#include <QRegularExpression>

namespace kl {

namespace {

// Where a text can be cut for normalizing: before a character that never composes with the one before it. A
// Latin, Greek or Cyrillic letter, a digit, a space or punctuation of those scripts is never the second half of a
// composition (only combining marks, and some letters of Indic scripts and Hangul, are).
bool startsPiece(QChar c)
{
    return c.unicode() < 0x0300 || (c.unicode() >= 0x0370 && c.unicode() < 0x0483 && c.combiningClass() == 0) ||
           (c.unicode() >= 0x2000 && c.unicode() < 0x2070);
}

// NFKC in pieces of a few thousand characters: Qt's normalization of one long string takes time that grows with
// the square of what it changes (400,000 ligatures: 17 s). Cut where nothing composes across, the result is that
// of the whole.
QString normalizedKC(const QString& text)
{
    constexpr qsizetype kPiece = 4096;
    if (text.size() <= kPiece)
        return text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype cut = std::min(text.size(), from + kPiece);
        while (cut < text.size() && !startsPiece(text[cut]))
            ++cut;
        out += text.mid(from, cut - from).normalized(QString::NormalizationForm_KC);
        from = cut;
    }
    return out;
}

} // namespace

QString TextImporter::cleanText(const QString& raw)
{
    QString text = raw;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text = normalizedKC(text);

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

#include "TextTypesetter.h"

#include "PrintStyle.h"
#include "library/LetterRecord.h"
#include "metadata/DutchDate.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace kl {

namespace {

// A CSS font declaration in the print style's faces.
QString css(PrintStyle::Face face, double pt = 0)
{
    QString s = QStringLiteral("font-family: '%1';").arg(PrintStyle::family(face));
    if (pt > 0)
        s += QStringLiteral(" font-size: %1pt;").arg(pt);
    return s;
}

} // namespace

QByteArray TextTypesetter::typeset(const LetterRecord& letter, const QString& text)
{
    QString html = QStringLiteral("<html><body style=\"%1\">").arg(css(PrintStyle::Serif, PrintStyle::letterBodyPt));
    const DocumentMetadata& m = letter.metadata;
    if (!m.citation().isEmpty())
        html += QStringLiteral("<p style=\"%1 color: %2;\">%3</p>")
                    .arg(css(PrintStyle::Sans, PrintStyle::letterCitationPt), PrintStyle::letterCitation().name(),
                         m.citation().toHtmlEscaped());
    for (const QString& page : text.split(QLatin1Char('\f'))) {
        for (const QString& paragraph : page.split(QStringLiteral("\n\n"))) {
            const QString p = paragraph.trimmed();
            if (p.isEmpty())
                continue;
            const bool heading = p == m.title;
            QString escaped = p.toHtmlEscaped();
            escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
            html += heading ? QStringLiteral("<h3 style=\"%1\">%2</h3>").arg(css(PrintStyle::Sans), escaped)
                            : QStringLiteral("<p style=\"margin-bottom: 8px;\">%1</p>").arg(escaped);
        }
    }
    html += QStringLiteral("</body></html>");

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(PrintStyle::letterMarginsMm(), QPageLayout::Millimeter);
    PrintStyle::setUp(writer, m.citation().isEmpty() ? letter.displayTitle() : m.citation());
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&writer); // paginates a copy and numbers the pages at the foot
    return bytes;
}

} // namespace kl

#include "TextTypesetter.h"

#include "library/LetterRecord.h"
#include "metadata/DutchDate.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>

namespace kl {

QByteArray TextTypesetter::typeset(const LetterRecord& letter, const QString& text)
{
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Serif'; font-size: 11pt;\">");
    const DocumentMetadata& m = letter.metadata;
    if (!m.citation().isEmpty())
        html += QStringLiteral("<p style=\"font-family: 'DejaVu Sans'; font-size: 9pt; color: #555;\">%1</p>")
                    .arg(m.citation().toHtmlEscaped());
    for (const QString& page : text.split(QLatin1Char('\f'))) {
        for (const QString& paragraph : page.split(QStringLiteral("\n\n"))) {
            const QString p = paragraph.trimmed();
            if (p.isEmpty())
                continue;
            const bool heading = p == m.title;
            QString escaped = p.toHtmlEscaped();
            escaped.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
            html += heading ? QStringLiteral("<h3 style=\"font-family: 'DejaVu Sans';\">%1</h3>").arg(escaped)
                            : QStringLiteral("<p style=\"margin-bottom: 8px;\">%1</p>").arg(escaped);
        }
    }
    html += QStringLiteral("</body></html>");

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(25, 20, 25, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(m.citation().isEmpty() ? letter.displayTitle() : m.citation());
    writer.setCreator(QStringLiteral("Kamerlezer"));
    QTextDocument doc;
    doc.setHtml(html);
    doc.print(&writer); // paginates a copy and numbers the pages at the foot
    return bytes;
}

} // namespace kl

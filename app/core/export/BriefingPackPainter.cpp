#include "BriefingPackPainter.h"

#include "HighlightedPageRenderer.h"
#include "PrintDate.h"

#include <QPainter>
#include <QTextLayout>
#include <poppler-qt6.h>

#include <cmath>

namespace kl {

namespace {

using S = PrintStyle;

} // namespace

BriefingPackPainter::BriefingPackPainter(const BriefingPackContent& content, const BriefingPackLayout& layout)
    : m_content(content)
    , m_pack(content.pack)
    , m_layout(layout)
    , m_k(layout.scale())
{
}

BriefingPackPainter::~BriefingPackPainter() = default;

void BriefingPackPainter::paintPage(QPainter& painter, int index)
{
    const Page& page = m_layout.pages()[index];
    if (page.kind == Page::Cover)
        paintCover(painter);
    else if (page.kind == Page::Original)
        paintOriginal(painter, page);
    else
        paintFlow(painter, page);
    paintFrame(painter, index);
}

double BriefingPackPainter::drawWrapped(QPainter& painter, const QString& text, const QFont& font, const QColor& color,
                                        const QPointF& at, double width, double spacing)
{
    QTextLayout layout(text, font, painter.device());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() * spacing;
    }
    layout.endLayout();
    painter.setPen(color);
    layout.draw(&painter, at);
    return y;
}

// The running header (title, marking) and footer (organisation, page number); the cover has only the marking and
// the number, at its foot.
void BriefingPackPainter::paintFrame(QPainter& painter, int index)
{
    const double k = m_k;
    const Page& page = m_layout.pages()[index];
    painter.save();
    const QFont small = S::sans(7.5);
    const QFont smallBold = S::sans(7.5, true);
    const QFontMetricsF fm(small, painter.device());
    if (page.kind != Page::Cover) {
        painter.setFont(small);
        painter.setPen(S::grey());
        const double width = S::typeWidth() * k;
        const double markingWidth = QFontMetricsF(smallBold, painter.device()).horizontalAdvance(m_pack.marking);
        const QString title = fm.elidedText(m_pack.title, Qt::ElideRight, width - markingWidth - 24 * k);
        painter.drawText(QPointF(S::left * k, S::headerY * k), title);
        painter.setPen(QPen(S::lightGrey(), 0.5 * k));
        painter.drawLine(QPointF(S::left * k, (S::headerY + 7) * k), QPointF(S::right * k, (S::headerY + 7) * k));
    }
    if (!m_pack.marking.isEmpty()) {
        painter.setFont(smallBold);
        painter.setPen(S::marking());
        const QFontMetricsF bm(smallBold, painter.device());
        const double y = page.kind == Page::Cover ? S::footerY * k : S::headerY * k;
        painter.drawText(QPointF(S::right * k - bm.horizontalAdvance(m_pack.marking), y), m_pack.marking);
    }
    painter.setFont(small);
    painter.setPen(S::grey());
    const QString number = tr("Page %1 of %2").arg(index + 1).arg(m_layout.pages().size());
    if (page.kind == Page::Cover)
        painter.drawText(QPointF(S::left * k, S::footerY * k), number);
    else
        painter.drawText(QPointF(S::right * k - fm.horizontalAdvance(number), S::footerY * k), number);
    if (page.kind != Page::Cover && !m_pack.organisation.isEmpty())
        painter.drawText(QPointF(S::left * k, S::footerY * k),
                         fm.elidedText(m_pack.organisation, Qt::ElideRight, (S::typeWidth() - 90) * k));
    painter.restore();
}

void BriefingPackPainter::paintCover(QPainter& painter)
{
    const double k = m_k;
    const QList<BriefingPackContent::Letter>& letters = m_content.letters;
    painter.save();
    const double width = S::typeWidth() * k;
    // A band in the house colour at the top, the organisation under it.
    painter.fillRect(pt(S::left, 0, 34, 96), S::accent());
    double y = 124;
    if (!m_pack.organisation.isEmpty())
        y += drawWrapped(painter, m_pack.organisation, S::sans(10.5, true), S::ink(), QPointF(S::left * k, y * k),
                         width * 0.7) /
                 k +
             4;
    if (!m_pack.marking.isEmpty()) {
        const QFont f = S::sans(10, true);
        const QFontMetricsF fm(f, painter.device());
        const QString text = m_pack.marking.toUpper();
        const double w = fm.horizontalAdvance(text) / k + 20;
        const QRectF box = pt(S::right - w, 118, w, 24);
        painter.setPen(QPen(S::marking(), 1.2 * k));
        painter.drawRect(box);
        painter.setFont(f);
        painter.drawText(box, Qt::AlignCenter, text);
    }
    y = 300;
    painter.setFont(S::sans(9, true));
    painter.setPen(S::grey());
    painter.drawText(QPointF(S::left * k, y * k), tr("BRIEFING PACK"));
    y += 14;
    y +=
        drawWrapped(painter, m_pack.title, S::sans(26, true), S::accent(), QPointF(S::left * k, y * k), width, 1.1) / k;
    const QDate date = m_pack.date.isValid() ? m_pack.date : QDate::currentDate();
    y += 10;
    y += drawWrapped(painter, PrintDate::format(date), S::sans(12), S::ink(), QPointF(S::left * k, y * k), width) / k;
    y += 24;
    painter.setPen(QPen(S::accent(), 1.5 * k));
    painter.drawLine(QPointF(S::left * k, y * k), QPointF((S::left + 60) * k, y * k));
    y += 18;
    painter.setFont(S::sans(9, true));
    painter.setPen(S::ink());
    painter.drawText(QPointF(S::left * k, y * k),
                     tr("This pack contains %n document(s)", nullptr, int(letters.size())));
    y += 8;
    // The first documents by name; a long list ends in "and 7 more" where the page would run out.
    const int shown = letters.size() > 14 ? 12 : int(letters.size());
    for (int i = 0; i < shown; ++i) {
        const BriefingPackContent::Letter& d = letters[i];
        QString line = d.heading;
        if (!d.subtitle.isEmpty())
            line += QStringLiteral(" — ") + d.subtitle;
        const QFont f = S::serif(9);
        const QFontMetricsF fm(f, painter.device());
        painter.setFont(f);
        painter.setPen(S::ink());
        y += 14;
        painter.drawText(QPointF((S::left + 14) * k, y * k), fm.elidedText(line, Qt::ElideRight, width - 14 * k));
        painter.setPen(S::grey());
        painter.drawText(QPointF(S::left * k, y * k), QString::number(i + 1));
    }
    if (shown < letters.size()) {
        y += 14;
        painter.setFont(S::serif(9, false, true));
        painter.drawText(QPointF((S::left + 14) * k, y * k), tr("and %n more", nullptr, int(letters.size()) - shown));
    }
    painter.setFont(S::sans(7.5));
    painter.setPen(S::grey());
    const QString made = tr("Made with Kamerlezer on %1").arg(PrintDate::format(QDate::currentDate()));
    painter.drawText(QPointF(S::left * k, (S::footerY - 14) * k), made);
    painter.restore();
}

void BriefingPackPainter::paintFlow(QPainter& painter, const Page& page)
{
    using Paragraph = BriefingPackFlow::Paragraph;
    const double k = m_k;
    painter.save();
    for (const BriefingPackLayout::Line& pl : page.lines) {
        const Paragraph& p = m_layout.flow().paragraphs()[pl.paragraph];
        const QTextLine line = p.layout->lineAt(pl.line);
        const double h = p.heights[pl.line];
        const double x = S::left * k + p.indent * k;
        const double y = pl.y + (h - line.height()) / 2;
        if (p.tint.isValid())
            painter.fillRect(QRectF(x - 8 * k, pl.y, (S::typeWidth() - p.indent + 8) * k, h), p.tint);
        if (p.bar.isValid())
            painter.fillRect(QRectF(x - 8 * k, pl.y, 3 * k, h), p.bar);
        if (p.kind == Paragraph::Rule) {
            painter.setPen(QPen(p.color, 0.6 * k));
            painter.drawLine(QPointF(S::left * k, pl.y + h / 2), QPointF(S::right * k, pl.y + h / 2));
            continue;
        }
        const int ls = line.textStart(), le = ls + line.textLength();
        for (const Paragraph::Mark& m : p.marks) {
            const int s = std::max<int>(ls, int(m.start)), e = std::min<int>(le, int(m.end));
            if (s >= e)
                continue;
            const double x1 = line.cursorToX(s), x2 = line.cursorToX(e);
            painter.fillRect(QRectF(x + x1 - 0.5 * k, y - 0.5 * k, x2 - x1 + 1 * k, line.height() + 1 * k), m.color);
        }
        painter.setPen(p.color);
        line.draw(&painter, QPointF(x, y));
        if (p.kind == Paragraph::Field && pl.line == 0) {
            painter.setFont(S::sans(7.5));
            painter.setPen(S::grey());
            painter.drawText(QPointF(S::left * k, y + line.ascent()), p.label);
        }
        if (p.kind == Paragraph::Toc && pl.line == 0) {
            const QString number = m_layout.pageRef(p.tocTarget);
            const QFontMetricsF fm(p.font, painter.device());
            const double right = S::right * k;
            const double numberX = right - fm.horizontalAdvance(number);
            painter.setFont(p.font);
            painter.setPen(S::ink());
            painter.drawText(QPointF(numberX, y + line.ascent()), number);
            if (!p.label.isEmpty()) {
                painter.setPen(S::grey());
                painter.drawText(QPointF(S::left * k, y + line.ascent()), p.label);
            }
            // Dot leaders from the entry to its number.
            painter.setPen(QPen(S::lightGrey(), 0.9 * k, Qt::SolidLine, Qt::RoundCap));
            const double from = x + line.naturalTextWidth() + 6 * k, to = numberX - 5 * k;
            for (double dx = std::ceil(from / (4 * k)) * 4 * k; dx < to; dx += 4 * k)
                painter.drawPoint(QPointF(dx, y + line.ascent()));
        }
    }
    painter.restore();
}

void BriefingPackPainter::paintOriginal(QPainter& painter, const Page& page)
{
    const double k = m_k;
    const BriefingPackContent::Letter& d = m_content.letters[page.letter];
    painter.save();
    painter.setFont(S::sans(7.5));
    painter.setPen(S::grey());
    const QFontMetricsF fm(painter.font(), painter.device());
    const QString caption = tr("%1 — original, page %2 of %3").arg(d.heading).arg(page.original).arg(d.pdfPages);
    painter.drawText(QPointF(S::left * k, (S::top - 8) * k),
                     fm.elidedText(caption, Qt::ElideRight, S::typeWidth() * k));

    auto& doc = m_documents[page.letter];
    if (!doc) {
        doc = Poppler::Document::load(d.pdfPath);
        if (doc) {
            doc->setRenderHint(Poppler::Document::Antialiasing);
            doc->setRenderHint(Poppler::Document::TextAntialiasing);
        }
    }
    std::unique_ptr<Poppler::Page> pdfPage = doc && !doc->isLocked() ? doc->page(page.original - 1) : nullptr;
    if (!pdfPage) {
        painter.drawText(pt(S::left, S::top, S::typeWidth(), 40), Qt::AlignCenter, tr("This page cannot be shown."));
        painter.restore();
        return;
    }
    const QImage image = HighlightedPageRenderer::render(*pdfPage, page.original, d, S::originalPageDpi);
    const QRectF target = BriefingPackLayout::originalPageRect(pdfPage->pageSizeF());
    const QRectF device(target.x() * k, target.y() * k, target.width() * k, target.height() * k);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(device, image);
    painter.setPen(QPen(S::lightGrey(), 0.5 * k));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(device);
    painter.restore();
}

} // namespace kl

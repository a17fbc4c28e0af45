#include "BriefingPackLayout.h"

#include "BriefingPackComposer.h"

#include <QPaintDevice>

namespace kl {

BriefingPackLayout::BriefingPackLayout(const BriefingPackContent& content)
    : m_content(content)
{
}

void BriefingPackLayout::layOut(const QPaintDevice& device)
{
    m_device = &device;
    m_k = device.logicalDpiY() / 72.0;
    // Page numbers appear in the text (contents, "page 12 of this pack"): lay out until they stand still.
    m_anchors.clear();
    for (int round = 0; round < 4; ++round) {
        const QHash<QString, int> before = m_anchors;
        m_flow = BriefingPackComposer::compose(m_content, m_anchors);
        const double width = PrintStyle::typeWidth() * m_k;
        for (BriefingPackFlow::Paragraph& p : m_flow.paragraphs())
            breakLines(p, width);
        paginate();
        if (m_anchors == before)
            break;
    }
}

void BriefingPackLayout::breakLines(BriefingPackFlow::Paragraph& p, double width) const
{
    p.layout = std::make_unique<QTextLayout>(p.text, p.font, const_cast<QPaintDevice*>(m_device));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    p.layout->setTextOption(option);
    p.layout->setFormats(p.formats);
    p.layout->setCacheEnabled(true);
    double w = width - p.indent * m_k;
    if (p.kind == BriefingPackFlow::Paragraph::Toc)
        w -= 40 * m_k; // room for the dot leaders and the page number
    p.heights.clear();
    p.layout->beginLayout();
    for (QTextLine line = p.layout->createLine(); line.isValid(); line = p.layout->createLine()) {
        line.setLineWidth(w);
        line.setPosition(QPointF(0, 0));
        p.heights.append(line.height() * p.spacing);
    }
    p.layout->endLayout();
}

void BriefingPackLayout::paginate()
{
    using Section = BriefingPackFlow::Section;
    std::deque<BriefingPackFlow::Paragraph>& paras = m_flow.paragraphs();
    m_pages.clear();
    QHash<QString, int> found;
    const double top = PrintStyle::top * m_k, bottom = PrintStyle::bottom * m_k, full = bottom - top;
    const double k = m_k;
    double y = top;
    auto newPage = [&] {
        m_pages.append(Page());
        y = top;
    };
    auto spaceBefore = [&](const BriefingPackFlow::Paragraph& p) { return y <= top ? 0.0 : p.before * k; };
    auto firstLines = [](const BriefingPackFlow::Paragraph& p, int n) {
        double h = 0;
        for (int i = 0; i < std::min(n, int(p.heights.size())); ++i)
            h += p.heights[i];
        return h;
    };
    for (const Section& c : m_flow.sections()) {
        if (c.kind == Section::Cover) {
            Page page;
            page.kind = Page::Cover;
            m_pages.append(page);
            continue;
        }
        if (c.kind == Section::Originals) {
            const BriefingPackContent::Letter& d = m_content.letters[c.letter];
            for (int i = 1; i <= d.pdfPages; ++i) {
                Page page;
                page.kind = Page::Original;
                page.letter = c.letter;
                page.original = i;
                m_pages.append(page);
                found.insert(BriefingPackFlow::originalAnchor(d.id, i), int(m_pages.size()));
            }
            continue;
        }
        for (int i = c.first; i < c.last; ++i) {
            BriefingPackFlow::Paragraph& p = paras[i];
            if (p.pageBreak || m_pages.isEmpty() || m_pages.last().kind != Page::Flow)
                newPage();
            const bool groupStart = p.group && (i == c.first || paras[i - 1].group != p.group);
            if (groupStart && y > top) {
                double need = 0;
                for (int j = i; j < c.last && paras[j].group == p.group; ++j)
                    need += (j == i ? 0 : paras[j].before * k) + paras[j].height() + paras[j].after * k;
                if (need <= full && y + p.before * k + need > bottom)
                    newPage();
            }
            if (p.keepWithNext && y > top) {
                // This and the paragraphs it keeps with, and two lines of the one after them.
                double need = p.height() + p.after * k;
                int j = i + 1;
                while (j < c.last && paras[j].keepWithNext) {
                    need += paras[j].before * k + paras[j].height() + paras[j].after * k;
                    ++j;
                }
                if (j < c.last)
                    need += paras[j].before * k +
                            (paras[j].group && paras[j].group != p.group ? paras[j].height() : firstLines(paras[j], 2));
                if (need < full && y + spaceBefore(p) + need > bottom)
                    newPage();
            }
            if (y > top && y + spaceBefore(p) + firstLines(p, 2) > bottom)
                newPage();
            y += spaceBefore(p);
            const int n = int(p.heights.size());
            for (int line = 0; line < n; ++line) {
                const double h = p.heights[line];
                if (y + h > bottom + 0.01) {
                    // No single last line at the top of the next page: take one more along.
                    Line carried{-1, 0, 0};
                    if (line == n - 1 && line >= 3 && !m_pages.last().lines.isEmpty() &&
                        m_pages.last().lines.last().paragraph == i) {
                        carried = m_pages.last().lines.takeLast();
                    }
                    newPage();
                    if (carried.paragraph >= 0) {
                        carried.y = y;
                        m_pages.last().lines.append(carried);
                        y += p.heights[carried.line];
                    }
                }
                if (line == 0 && !p.anchor.isEmpty())
                    found.insert(p.anchor, int(m_pages.size()));
                m_pages.last().lines.append({i, line, y});
                y += h;
            }
            y += p.after * k;
        }
    }
    m_anchors = found;
}

QRectF BriefingPackLayout::originalPageRect(const QSizeF& sizePt)
{
    const QRectF area(PrintStyle::left, PrintStyle::top, PrintStyle::typeWidth(), PrintStyle::bottom - PrintStyle::top);
    if (sizePt.isEmpty())
        return area;
    const double scale = std::min(area.width() / sizePt.width(), area.height() / sizePt.height());
    const QSizeF size = sizePt * scale;
    return QRectF(area.left() + (area.width() - size.width()) / 2, area.top(), size.width(), size.height());
}

} // namespace kl

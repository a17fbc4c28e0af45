#include "SnippetDelegate.h"

#include "SearchResultsModel.h"
#include "search/SearchHit.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace kl {

namespace {
constexpr int kPadX = 6;
constexpr int kPadY = 5;
constexpr int kGap = 8; // between the text and the right column
constexpr int kSnippetLines = 2;

// Secondary text (citation, page): the text colour moved towards the background, so it follows dark themes.
QColor secondary(const QPalette& pal, bool selected)
{
    const QColor fg = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor bg = pal.color(selected ? QPalette::Highlight : QPalette::Base);
    return QColor::fromRgbF(fg.redF() * 0.6 + bg.redF() * 0.4, fg.greenF() * 0.6 + bg.greenF() * 0.4,
                            fg.blueF() * 0.6 + bg.blueF() * 0.4);
}

QFont smaller(const QFont& f)
{
    QFont s = f;
    s.setPointSizeF(f.pointSizeF() > 0 ? f.pointSizeF() * 0.88 : 8);
    return s;
}

// A small rounded tag ("note", "3 hits"), right-aligned at `right`, vertically centred on `centerY`.
void drawTag(QPainter* p, const QString& text, const QFont& font, const QColor& fg, const QColor& bg, int right,
             int centerY)
{
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 10;
    const int h = fm.height() + 2;
    const QRectF r(right - w, centerY - h / 2.0, w, h);
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(bg);
    p->drawRoundedRect(r, h / 2.0, h / 2.0);
    p->setFont(font);
    p->setPen(fg);
    p->drawText(r, Qt::AlignCenter, text);
    p->restore();
}
} // namespace

SnippetDelegate::SnippetDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

SnippetDelegate::Marked SnippetDelegate::parse(const QString& markedSnippet)
{
    Marked m;
    m.text.reserve(markedSnippet.size());
    int start = -1;
    for (const QChar c : markedSnippet) {
        if (c == SearchHit::kHitStart) {
            start = int(m.text.size());
        } else if (c == SearchHit::kHitEnd) {
            if (start >= 0 && m.text.size() > start)
                m.hits.append({start, int(m.text.size()) - start});
            start = -1;
        } else {
            m.text.append(c);
        }
    }
    return m;
}

SnippetDelegate::Marked SnippetDelegate::cutLead(const Marked& marked, const QFontMetrics& fm, int maxLead)
{
    if (marked.hits.isEmpty())
        return marked;
    const int first = marked.hits.first().first;
    if (fm.horizontalAdvance(marked.text.left(first)) <= maxLead)
        return marked;
    // Keep about half of what fits before the hit, starting at a word, so the hit keeps some context.
    int cut = first;
    while (cut > 0 && fm.horizontalAdvance(marked.text.mid(cut - 1, first - cut + 1)) <= maxLead / 2)
        --cut;
    while (cut < first && !marked.text.at(cut).isSpace() && cut > 0 && !marked.text.at(cut - 1).isSpace())
        ++cut; // do not start in the middle of a word
    while (cut < first && marked.text.at(cut).isSpace())
        ++cut;
    Marked out;
    out.text = QStringLiteral("…") + marked.text.mid(cut);
    const int shift = 1 - cut;
    for (const auto& [s, l] : marked.hits)
        if (s + shift >= 1)
            out.hits.append({s + shift, l});
    return out;
}

int SnippetDelegate::rightColumnWidth(const QFontMetrics& fm) const
{
    // Wide enough for "p. 999" and the "note" tag, whichever is wider, so that all snippets start and end alike.
    return std::max(fm.horizontalAdvance(tr("p. %1").arg(999)), fm.horizontalAdvance(tr("note")) + 10);
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics small(smaller(option.font));
    const int width = option.rect.width() > 0 ? option.rect.width() : 300;
    if (index.data(SearchResultsModel::RowKindRole).toInt() == SearchResultsModel::LetterRow)
        return {width, kPadY * 2 + fm.height() + small.height() + 1};
    return {width, kPadY * 2 + kSnippetLines * fm.lineSpacing()};
}

void SnippetDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // Background, selection and focus come from the style, so the rows look like the rest of the desktop.
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setClipRect(opt.rect);
    if (index.data(SearchResultsModel::RowKindRole).toInt() == SearchResultsModel::LetterRow)
        paintLetter(painter, opt, index);
    else
        paintHit(painter, opt, index);
    painter->restore();
}

void SnippetDelegate::paintLetter(QPainter* p, const QStyleOptionViewItem& opt, const QModelIndex& index) const
{
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette& pal = opt.palette;
    const QRect r = opt.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);

    const QFont small = smaller(opt.font);
    const int hits = index.data(SearchResultsModel::HitCountRole).toInt();
    const QString count = hits == 1 ? tr("1 hit") : tr("%1 hits").arg(hits);
    const int countWidth = QFontMetrics(small).horizontalAdvance(count) + 10;

    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    p->setFont(bold);
    p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect titleRect(r.left(), r.top(), r.width() - countWidth - kGap, bfm.height());
    p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleRect.width()));

    // A hairline between letters, so that each letter's hits read as one group.
    if (index.row() > 0) {
        QColor line = pal.color(QPalette::Text);
        line.setAlpha(40);
        p->setPen(line);
        p->drawLine(opt.rect.left(), opt.rect.top(), opt.rect.right(), opt.rect.top());
    }

    const QString citation = index.data(SearchResultsModel::SubtitleRole).toString();
    if (!citation.isEmpty()) {
        const QFontMetrics sfm(small);
        p->setFont(small);
        p->setPen(secondary(pal, selected));
        const QRect citeRect(r.left(), titleRect.bottom() + 1, r.width(), sfm.height());
        p->drawText(citeRect, Qt::AlignLeft | Qt::AlignVCenter,
                    sfm.elidedText(citation, Qt::ElideRight, citeRect.width()));
    }

    QColor tagBg = pal.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    tagBg.setAlpha(selected ? 60 : 40);
    drawTag(p, count, small, pal.color(selected ? QPalette::HighlightedText : QPalette::Text), tagBg, r.right(),
            titleRect.center().y());
}

void SnippetDelegate::paintHit(QPainter* p, const QStyleOptionViewItem& opt, const QModelIndex& index) const
{
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette& pal = opt.palette;
    const QRect r = opt.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);
    const QFontMetrics fm(opt.font);
    const QFont small = smaller(opt.font);
    const QFontMetrics sfm(small);
    const int rightWidth = rightColumnWidth(sfm);
    const int textWidth = std::max(40, r.width() - rightWidth - kGap);

    // Right column: the page, and under it a tag for hits in the user's notes.
    p->setFont(small);
    p->setPen(secondary(pal, selected));
    const QRect pageRect(r.right() - rightWidth, r.top(), rightWidth + 1, fm.lineSpacing());
    p->drawText(pageRect, Qt::AlignRight | Qt::AlignVCenter,
                tr("p. %1").arg(index.data(SearchResultsModel::PageRole).toInt()));
    if (index.data(SearchResultsModel::IsNoteRole).toBool()) {
        const QColor noteBg = selected ? QColor(255, 255, 255, 70) : QColor(255, 196, 0, 90);
        drawTag(p, tr("note"), small, pal.color(selected ? QPalette::HighlightedText : QPalette::Text), noteBg,
                r.right(), r.top() + fm.lineSpacing() + fm.lineSpacing() / 2);
    }

    // The snippet: cut at the front when the first hit would fall late in the first line.
    const Marked marked =
        cutLead(parse(index.data(SearchResultsModel::MarkedSnippetRole).toString()), fm, textWidth * 6 / 10);
    QTextLayout layout(marked.text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    QTextCharFormat hitFormat;
    hitFormat.setFontWeight(QFont::Bold);
    hitFormat.setBackground(selected ? QColor(255, 255, 255, 60) : QColor(255, 214, 10, 120));
    QList<QTextLayout::FormatRange> formats;
    for (const auto& [start, length] : marked.hits)
        formats.append({start, length, hitFormat});
    layout.setFormats(formats);

    const QString ellipsis = QStringLiteral("…");
    const int ellipsisWidth = fm.horizontalAdvance(ellipsis);
    layout.beginLayout();
    QTextLine last;
    for (int i = 0; i < kSnippetLines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        // The last line leaves room for the ellipsis that says the passage goes on.
        line.setLineWidth(i == kSnippetLines - 1 ? textWidth - ellipsisWidth : textWidth);
        line.setPosition(QPointF(0, i * fm.lineSpacing()));
        last = line;
    }
    layout.endLayout();

    p->setPen(pal.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QPointF origin(r.left(), r.top());
    layout.draw(p, origin);
    if (last.isValid() && last.textStart() + last.textLength() < marked.text.size()) {
        p->setFont(opt.font);
        p->drawText(origin + QPointF(last.naturalTextWidth(), last.y() + last.ascent()), ellipsis);
    }
}

} // namespace kl

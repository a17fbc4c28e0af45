#include "PdfPageWidget.h"

#include "Bench.h"
#include "PdfRenderer.h"
#include "PdfView.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace kl {

namespace {

// `colour` with only the share `keep` of it left, the rest white: a lighter tint that multiplies the page.
QColor towardWhite(const QColor& colour, double keep)
{
    return QColor::fromRgbF(colour.redF() * keep + (1 - keep), colour.greenF() * keep + (1 - keep),
                            colour.blueF() * keep + (1 - keep));
}

// Boxes that share a line (their heights overlap by half) joined into one box per line.
QList<QRectF> lineBoxes(const QList<QRectF>& boxes)
{
    QList<QRectF> lines;
    for (const QRectF& b : boxes) {
        auto same = std::find_if(lines.begin(), lines.end(), [&b](const QRectF& l) {
            const double overlap = std::min(l.bottom(), b.bottom()) - std::max(l.top(), b.top());
            return overlap > 0.5 * std::min(l.height(), b.height());
        });
        if (same != lines.end())
            *same = same->united(b);
        else
            lines.append(b);
    }
    return lines;
}

} // namespace

PdfPageWidget::PdfPageWidget(PdfView* view, int page, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    , m_page(page)
{
    setCursor(Qt::IBeamCursor);
    setMouseTracking(true);                // a pointing hand over references
    setAttribute(Qt::WA_OpaquePaintEvent); // the page paints every pixel itself
    setAccessibleName(tr("Page %1").arg(page + 1));
}

QPointF PdfPageWidget::toWidget(const QPointF& n) const
{
    return QPointF(n.x() * width(), n.y() * height());
}

QRectF PdfPageWidget::toWidget(const QRectF& n) const
{
    return QRectF(toWidget(n.topLeft()), toWidget(n.bottomRight()));
}

QPointF PdfPageWidget::toPage(const QPointF& p) const
{
    return QPointF(p.x() / std::max(1, width()), p.y() / std::max(1, height()));
}

void PdfPageWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = rect();
    PdfRenderer* renderer = m_view->renderer();
    const QImage exact = renderer->image(m_page, m_view->renderWidthPx(m_page));
    if (!exact.isNull()) {
        painter.drawImage(area, exact);
    } else {
        const QImage stale = renderer->anyImage(m_page);
        if (!stale.isNull()) {
            // The page at another zoom, stretched, until the sharp one arrives.
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(area, stale);
        } else {
            painter.fillRect(area, Qt::white);
            painter.setPen(Qt::gray);
            painter.drawText(area, Qt::AlignCenter, tr("Page %1 …").arg(m_page + 1));
        }
    }

    // Annotations under the find marks and the selection: highlights as boxes beneath the text, underlines as
    // lines under the words. A highlight multiplies the page, as a marker on paper (and Okular) does: the paper
    // takes the colour and the letters stay black; a translucent box over them would wash them out.
    for (const PdfView::AnnotationMark& m : m_view->annotationMarks(m_page)) {
        for (const QRectF& n : m.rects) {
            const QRectF r = toWidget(n);
            if (m.underline) {
                const double thickness = std::max(1.5, r.height() * 0.09);
                painter.fillRect(QRectF(r.left(), r.bottom() - thickness / 2, r.width(), thickness), m.color);
            } else {
                // The selected one in its full colour, the others a little lighter.
                const QColor fill = m.selected ? m.color : towardWhite(m.color, 0.8);
                painter.setCompositionMode(QPainter::CompositionMode_Multiply);
                painter.fillRect(r, fill);
                painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
            }
        }
        // The chosen one is outlined line by line, not word by word.
        if (m.selected) {
            painter.setPen(QPen(m.color.darker(170), 1.5));
            painter.setBrush(Qt::NoBrush);
            for (const QRectF& line : lineBoxes(m.rects))
                painter.drawRect(toWidget(line).adjusted(-1, -1, 1, 1));
        }
    }
    // References: a dotted line under the words, in the link colour when the target is in the library.
    const QColor link = palette().color(QPalette::Link);
    const QColor unresolved = palette().color(QPalette::PlaceholderText);
    const QList<ReferenceSpan>& references = m_view->references();
    for (const auto& [index, rects] : m_view->referenceRects(m_page)) {
        const bool resolved = index < references.size() && references[index].resolved();
        for (const QRectF& n : rects) {
            const QRectF r = toWidget(n);
            QPen pen(resolved ? link : unresolved, std::max(1.0, r.height() * 0.07), Qt::DotLine);
            painter.setPen(pen);
            const double y = r.bottom() + pen.widthF();
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        }
    }
    // Find marks and the selection multiply the page too, so the words under them stay as dark as printed.
    painter.setCompositionMode(QPainter::CompositionMode_Multiply);
    const QColor hit(255, 226, 110);
    const QColor current(255, 170, 90);
    for (const PdfView::MarkedRect& m : m_view->hitRects(m_page))
        painter.fillRect(toWidget(m.rect), m.current ? current : hit);
    const QColor selection = palette().color(QPalette::Highlight);
    const QColor light = towardWhite(selection, 0.45);
    for (const QRectF& r : m_view->selectionRects(m_page))
        painter.fillRect(toWidget(r), light);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    if (!exact.isNull())
        Bench::pdfPagePainted();
}

void PdfPageWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position();
    m_view->beginSelection(m_page, toPage(event->position()));
    event->accept();
}

void PdfPageWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() == Qt::NoButton) {
        const QPointF at = toPage(event->position());
        setCursor(m_view->referenceAt(m_page, at) >= 0 || m_view->linkAt(m_page, at) ? Qt::PointingHandCursor
                                                                                     : Qt::IBeamCursor);
        event->accept();
        return;
    }
    m_view->extendSelection(m_page, toPage(event->position()));
    event->accept();
}

void PdfPageWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_view->extendSelection(m_page, toPage(event->position()));
    m_view->endSelection();
    event->accept();
    // A click, not a drag: follows the reference under it.
    if ((event->position() - m_pressPos).manhattanLength() < QApplication::startDragDistance() &&
        m_view->selectedSpan().page < 0) {
        const QPointF at = toPage(event->position());
        if (const int index = m_view->referenceAt(m_page, at); index >= 0)
            m_view->activateReference(index);
        else if (const PdfLink* link = m_view->linkAt(m_page, at))
            m_view->followLink(*link);
    }
}

void PdfPageWidget::contextMenuEvent(QContextMenuEvent* event)
{
    m_view->contextMenuAt(m_page, toPage(event->pos()))->exec(event->globalPos());
    event->accept();
}

bool PdfPageWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const QString tip = m_view->toolTipAt(m_page, toPage(help->pos())); !tip.isEmpty())
            QToolTip::showText(help->globalPos(), tip, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void PdfPageWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    m_view->selectWordAt(m_page, toPage(event->position()));
    event->accept();
}

} // namespace kl

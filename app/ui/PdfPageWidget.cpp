#include "PdfPageWidget.h"

#include "Bench.h"
#include "PdfRenderer.h"
#include "PdfView.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QPainter>

namespace kl {

PdfPageWidget::PdfPageWidget(PdfView* view, int page, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    , m_page(page)
{
    setCursor(Qt::IBeamCursor);
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

    // Annotations under the find marks and the selection: highlights as translucent boxes, underlines as lines
    // under the words.
    for (const PdfView::AnnotationMark& m : m_view->annotationMarks(m_page)) {
        for (const QRectF& n : m.rects) {
            const QRectF r = toWidget(n);
            if (m.underline) {
                const double thickness = std::max(1.5, r.height() * 0.09);
                painter.fillRect(QRectF(r.left(), r.bottom() - thickness / 2, r.width(), thickness), m.color);
            } else {
                QColor fill = m.color;
                fill.setAlpha(m.selected ? 150 : 95);
                painter.fillRect(r, fill);
            }
            if (m.selected) {
                painter.setPen(QPen(m.color.darker(170), 1.5));
                painter.drawRect(r.adjusted(-1, -1, 1, 1));
            }
        }
    }
    const QColor hit(255, 200, 0, 110);
    const QColor current(255, 120, 0, 150);
    for (const PdfView::MarkedRect& m : m_view->hitRects(m_page))
        painter.fillRect(toWidget(m.rect), m.current ? current : hit);
    const QColor selection = palette().color(QPalette::Highlight);
    QColor translucent = selection;
    translucent.setAlpha(90);
    for (const QRectF& r : m_view->selectionRects(m_page))
        painter.fillRect(toWidget(r), translucent);
    if (!exact.isNull())
        Bench::pdfPagePainted();
}

void PdfPageWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_view->beginSelection(m_page, toPage(event->position()));
    event->accept();
}

void PdfPageWidget::mouseMoveEvent(QMouseEvent* event)
{
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
}

void PdfPageWidget::contextMenuEvent(QContextMenuEvent* event)
{
    m_view->showContextMenu(event->globalPos());
    event->accept();
}

void PdfPageWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    m_view->selectWordAt(m_page, toPage(event->position()));
    event->accept();
}

} // namespace kl

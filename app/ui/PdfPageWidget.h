#pragma once

#include <QWidget>

namespace kl {

class PdfView;

// One page of a PDF view: paints the rendered image (or a placeholder while it renders), the find hits and
// the selection, and turns mouse drags into word selection. The view owns the state; this widget shows it.
class PdfPageWidget : public QWidget {
    Q_OBJECT
public:
    PdfPageWidget(PdfView* view, int page, QWidget* parent);

    int page() const { return m_page; }
    // Where a normalized (0..1, top-left origin) point of the page lies in this widget.
    QPointF toWidget(const QPointF& normalized) const;
    QRectF toWidget(const QRectF& normalized) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool event(QEvent* event) override;

private:
    QPointF toPage(const QPointF& widgetPos) const;

    PdfView* m_view;
    int m_page;
    QPointF m_pressPos;
};

} // namespace kl

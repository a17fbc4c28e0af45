#include "VoteBar.h"

#include <QPainter>
#include <QPainterPath>

namespace kl {

VoteBar::VoteBar(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void VoteBar::setSeats(int seatsFor, int seatsAgainst, int seatsOther)
{
    m_for = std::max(0, seatsFor);
    m_against = std::max(0, seatsAgainst);
    m_other = std::max(0, seatsOther);
    update();
}

QSize VoteBar::sizeHint() const
{
    return {120, 6};
}

QSize VoteBar::minimumSizeHint() const
{
    return {20, 6};
}

// Darker than the usual green and red, so they read on a light dock and stay apart for most colour-blind eyes.
QColor VoteBar::forColor()
{
    return QColor(0x1a, 0x7f, 0x37);
}

QColor VoteBar::againstColor()
{
    return QColor(0xb3, 0x26, 0x1e);
}

void VoteBar::paintEvent(QPaintEvent*)
{
    const int total = m_for + m_against + m_other;
    if (total <= 0)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath clip;
    clip.addRoundedRect(r, r.height() / 2, r.height() / 2);
    p.setClipPath(clip);
    p.fillRect(r, palette().color(QPalette::Mid));
    const qreal forWidth = r.width() * m_for / total;
    const qreal againstWidth = r.width() * m_against / total;
    p.fillRect(QRectF(r.left(), r.top(), forWidth, r.height()), forColor());
    // Against from the right end, those who did not vote between: each side reads from its own end.
    p.fillRect(QRectF(r.right() - againstWidth, r.top(), againstWidth, r.height()), againstColor());
    // A notch at half the seats, so a narrow majority shows which side of it it falls.
    p.setPen(QPen(palette().color(QPalette::Window), 1.5));
    p.drawLine(QPointF(r.center().x(), r.top()), QPointF(r.center().x(), r.bottom()));
}

} // namespace kl

#include "DockWidths.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QStyle>

#include <algorithm>
#include <numeric>

namespace kl {

namespace {
// The page's share of the window when the docks would take more: a reader is for reading.
constexpr double kCentralShare = 0.42;
constexpr Qt::DockWidgetArea kSides[] = {Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea};
} // namespace

DockWidths::DockWidths(QMainWindow* window)
    : QObject(window)
    , m_window(window)
{
    m_settling.setSingleShot(true);
    m_settling.setInterval(150); // the layout's own resizes arrive in the events after the window's
    m_settling.start();          // until the window is shown and laid out
    window->installEventFilter(this);
}

void DockWidths::setWanted(Qt::DockWidgetArea area, int width)
{
    m_wanted.insert(area, width);
}

void DockWidths::watch(QDockWidget* dock)
{
    m_docks.append(dock);
    dock->installEventFilter(this);
}

QDockWidget* DockWidths::visibleDock(Qt::DockWidgetArea area) const
{
    for (QDockWidget* dock : m_docks)
        if (dock->isVisible() && !dock->isFloating() && m_window->dockWidgetArea(dock) == area)
            return dock;
    return nullptr;
}

QList<int> DockWidths::fit(int width, int centralMinimum, const QList<int>& wanted, const QList<int>& minimum)
{
    const int central = std::max(centralMinimum, int(width * kCentralShare));
    const int room = std::max(0, width - central);
    const int sum = std::accumulate(wanted.cbegin(), wanted.cend(), 0);
    QList<int> out;
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const int scaled = sum <= room || sum == 0 ? wanted[i] : int(qint64(wanted[i]) * room / sum);
        out.append(std::max(scaled, minimum.value(i)));
    }
    return out;
}

void DockWidths::apply()
{
    QList<QDockWidget*> docks;
    QList<int> wanted, minimum;
    for (Qt::DockWidgetArea side : kSides)
        if (QDockWidget* dock = visibleDock(side); dock && m_wanted.value(side) > 0) {
            docks.append(dock);
            wanted.append(m_wanted.value(side));
            minimum.append(dock->minimumSizeHint().width());
        }
    if (docks.isEmpty())
        return;
    const int separators = int(docks.size()) * m_window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent);
    const QWidget* central = m_window->centralWidget();
    const int centralMinimum = central ? central->minimumSizeHint().width() : 0;
    m_settling.start();
    m_window->resizeDocks(docks, fit(m_window->width() - separators, centralMinimum, wanted, minimum), Qt::Horizontal);
}

QList<QVariant> DockWidths::save() const
{
    QList<QVariant> out;
    for (Qt::DockWidgetArea side : kSides)
        out.append(m_wanted.value(side));
    return out;
}

void DockWidths::restore(const QList<QVariant>& widths)
{
    for (qsizetype i = 0; i < widths.size() && i < 2; ++i)
        if (const int w = widths[i].toInt(); w > 0)
            m_wanted.insert(kSides[i], w);
}

bool DockWidths::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (watched == m_window && type == QEvent::Resize) {
        // Before the window lays itself out at the new size: the docks get their widths in that same layout.
        m_settling.start();
        apply();
    } else if (watched == m_window && type == QEvent::Show) {
        // Shown for the first time, the docks get their place only now: give them their widths after that.
        m_settling.start();
        QTimer::singleShot(0, this, &DockWidths::apply);
    } else if (type == QEvent::Show || type == QEvent::Hide) {
        m_settling.start(); // a dock that comes or goes moves the others: the layout's doing, not the reader's
    } else if (type == QEvent::Resize && !m_settling.isActive() && m_window->isVisible()) {
        // A dock resized while the window kept its size: the reader dragged a separator.
        auto* dock = static_cast<QDockWidget*>(watched);
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
        if (!dock->isFloating() && dock->isVisible() &&
            (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea))
            m_wanted.insert(area, dock->width());
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kl

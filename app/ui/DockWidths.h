#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

class QDockWidget;
class QMainWindow;

namespace kl {

// Keeps the side docks as wide as the reader wants them, as far as the window allows. QMainWindow gives every
// pixel a window gains to the central widget, so a dock squeezed in a small window stayed narrow after the window
// grew. This remembers the width of each side (the defaults, then what the reader drags a separator to) and on
// every window resize gives each side that width, scaled down together when the page would get less than its
// share, never below a dock's minimum size.
class DockWidths : public QObject {
    Q_OBJECT
public:
    explicit DockWidths(QMainWindow* window);

    // A side's wanted width (Qt::LeftDockWidgetArea or Qt::RightDockWidgetArea) and its docks.
    void setWanted(Qt::DockWidgetArea area, int width);
    int wanted(Qt::DockWidgetArea area) const { return m_wanted.value(area); }
    void watch(QDockWidget* dock);

    // Applies the wanted widths to the window's width now.
    void apply();
    // The widths each side gets in a window `width` wide, with the docks' minimum widths given.
    static QList<int> fit(int width, int centralMinimum, const QList<int>& wanted, const QList<int>& minimum);

    // As QSettings values, so the wanted widths outlive the session.
    QList<QVariant> save() const;
    void restore(const QList<QVariant>& widths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDockWidget* visibleDock(Qt::DockWidgetArea area) const;

    QMainWindow* m_window;
    QList<QDockWidget*> m_docks;
    QHash<int, int> m_wanted;
    // Resizes that follow a window resize (or our own) are the layout's, not the reader's: they are not wanted.
    QTimer m_settling;
};

} // namespace kl

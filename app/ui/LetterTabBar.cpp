#include "LetterTabBar.h"

#include <QMouseEvent>

namespace kl {

LetterTabBar::LetterTabBar(QWidget* parent)
    : QTabBar(parent)
{
    setTabsClosable(true);
    setMovable(true);
    // Titles are short already (ReaderTab::tabTitle); with many tabs, scroll rather than cut them to "3…".
    setElideMode(Qt::ElideNone);
    setUsesScrollButtons(true);
    setExpanding(false);
    setAccessibleName(tr("Open documents"));
}

void LetterTabBar::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton) {
        const int tab = tabAt(event->position().toPoint());
        if (tab >= 0) {
            Q_EMIT tabCloseRequested(tab);
            event->accept();
            return;
        }
    }
    QTabBar::mouseReleaseEvent(event);
}

} // namespace kl

#include "WrappingDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTreeView>

WrappingDelegate::WrappingDelegate(QTreeView* view, int column)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_column(column)
{
}

QSize WrappingDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() != m_column)
        return size;
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    const QStyle* style = o.widget ? o.widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, o.widget) + 1;
    const int width = std::max(40, m_view->header()->sectionSize(m_column) - 2 * margin);
    const QRect text = o.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, o.text);
    size.setHeight(std::max(size.height(), text.height() + 2 * margin));
    return size;
}

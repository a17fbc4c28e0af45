#pragma once

#include <QStyledItemDelegate>

class QTreeView;

// Rows of a tree view as tall as the text of one column wrapped at that column's width: QTreeView measures a row
// as if its text had no width to fit, so word wrap alone never wraps.
class WrappingDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    WrappingDelegate(QTreeView* view, int column);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* m_view;
    int m_column;
};

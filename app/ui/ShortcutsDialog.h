#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace kl {

// Help → Keyboard Shortcuts: every command of the menus with its keys, read from the menus themselves (so the
// list cannot drift from what the keys do), filtered as you type.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    void setFilter(const QString& text);

private:
    QLineEdit* m_filter;
    QTreeWidget* m_list;
};

} // namespace kl

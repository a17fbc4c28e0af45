#pragma once

#include <QObject>

class QAction;
class QMenu;
class QPrinter;

namespace kl {

class MainWindow;

// File → Print Document… and Print Preview…: the open document as it is, with its highlights (DocumentPrinter).
// The briefing pack keeps Ctrl+P.
class PrintActions : public QObject {
    Q_OBJECT
public:
    explicit PrintActions(MainWindow* window);

    void addTo(QMenu* file);
    void updateEnabled();
    QAction* printAction() const { return m_print; }

    // Prints the open document onto `printer`, with a progress dialog that can cancel; false when it did not.
    bool printTo(QPrinter& printer);

private:
    void print();
    void preview();

    MainWindow* m_window;
    QAction* m_print = nullptr;
    QAction* m_preview = nullptr;
};

} // namespace kl

#include "MainWindow.h"

namespace kl {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("Kamerlezer"));
}

} // namespace kl

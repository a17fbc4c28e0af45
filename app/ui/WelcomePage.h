#pragma once

#include <QWidget>

namespace kl {

// What the reader area shows while no document is open: how to open or import one.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
};

} // namespace kl

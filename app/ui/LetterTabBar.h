#pragma once

#include <QTabBar>

namespace kl {

// The tab bar of the open letters: a middle click closes a tab, as in browsers.
class LetterTabBar : public QTabBar {
    Q_OBJECT
public:
    explicit LetterTabBar(QWidget* parent = nullptr);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
};

} // namespace kl

#pragma once

#include <QLabel>

namespace kl {

// A one-line label that may be narrower than its text, for the status bar: the middle of the text gives way to "…"
// (the file name, not the page count), and the tooltip then says it whole. A plain QLabel made the window as wide
// as the longest file name OCR read.
class ElidedLabel : public QLabel {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};

} // namespace kl

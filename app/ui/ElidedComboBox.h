#pragma once

#include <QComboBox>

namespace kl {

// A combo box that may be narrower than its longest item, for docks on a laptop screen: the current text ends
// in "…" where it does not fit (a plain QComboBox cuts it off mid-letter, "PDF ("), and its tooltip then says it
// whole. The popup list is as wide as its items.
class ElidedComboBox : public QComboBox {
    Q_OBJECT
public:
    // Sized to `minimumCharacters` characters at least (QComboBox::AdjustToMinimumContentsLengthWithIcon).
    explicit ElidedComboBox(int minimumCharacters, QWidget* parent = nullptr);

    // Whether the current text is shown cut short.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString shownText(int* available = nullptr) const;
};

} // namespace kl

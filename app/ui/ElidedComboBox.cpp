#include "ElidedComboBox.h"

#include <QHelpEvent>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolTip>

namespace kl {

ElidedComboBox::ElidedComboBox(int minimumCharacters, QWidget* parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(minimumCharacters);
}

QString ElidedComboBox::shownText(int* available) const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    int width = field.width() - 2; // CE_ComboBoxLabel draws the text inset by a pixel on either side
    if (!option.currentIcon.isNull())
        width -= option.iconSize.width() + 4;
    if (available)
        *available = width;
    return fontMetrics().elidedText(currentText(), Qt::ElideRight, std::max(0, width));
}

bool ElidedComboBox::isElided() const
{
    return !currentText().isEmpty() && shownText() != currentText();
}

void ElidedComboBox::paintEvent(QPaintEvent*)
{
    // QComboBox::paintEvent, with the text elided.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    if (currentIndex() < 0 && !placeholderText().isEmpty()) {
        option.palette.setBrush(QPalette::ButtonText, option.palette.placeholderText());
        option.currentText = placeholderText();
    } else if (!isEditable()) {
        option.currentText = shownText();
    }
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

bool ElidedComboBox::event(QEvent* event)
{
    // The whole text when it is cut short; else the combo's own tooltip (what it is for).
    if (event->type() == QEvent::ToolTip && isElided()) {
        const QString tip = toolTip().isEmpty() ? currentText() : currentText() + QLatin1Char('\n') + toolTip();
        QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), tip, this);
        return true;
    }
    return QComboBox::event(event);
}

} // namespace kl

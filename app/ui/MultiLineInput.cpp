#include "MultiLineInput.h"

#include <QInputDialog>
#include <QLabel>

namespace kl {

QString MultiLineInput::get(QWidget* parent, const QString& title, const QString& label, const QString& text, bool* ok)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setLabelText(label);
    dialog.setTextValue(text);
    if (auto* prompt = dialog.findChild<QLabel*>())
        prompt->setWordWrap(true);
    dialog.resize(std::min(560, dialog.sizeHint().width()), dialog.sizeHint().height());
    const bool accepted = dialog.exec() == QDialog::Accepted;
    if (ok)
        *ok = accepted;
    return accepted ? dialog.textValue() : QString();
}

} // namespace kl

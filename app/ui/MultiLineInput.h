#pragma once

#include <QString>

class QWidget;

namespace kl {

// QInputDialog::getMultiLineText with a label that wraps: Qt's own keeps a long prompt on one line and makes
// the dialog wider than a laptop's screen.
class MultiLineInput {
public:
    static QString get(QWidget* parent, const QString& title, const QString& label, const QString& text, bool* ok);
};

} // namespace kl

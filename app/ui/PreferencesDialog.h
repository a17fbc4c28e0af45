#pragma once

#include <QDialog>

class QComboBox;

namespace kl {

// The program's preferences: the language of the interface (the system's, Dutch or English), stored in QSettings
// and applied at the next start.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    // Stores the choices.
    void apply();

private:
    QComboBox* m_language;
};

} // namespace kl

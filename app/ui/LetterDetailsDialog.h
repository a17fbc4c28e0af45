#pragma once

#include "document/DocumentMetadata.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kl {

// Edit Details: corrects what recognition got wrong or could not know (title, kind, dossier, number, date,
// sender). It only collects the new description; the window stores it as one undoable edit.
class LetterDetailsDialog : public QDialog {
    Q_OBJECT
public:
    LetterDetailsDialog(const DocumentMetadata& metadata, QWidget* parent = nullptr);

    // The description with the user's changes; only valid when the dialog was accepted.
    DocumentMetadata metadata() const;

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* dossierEdit() const { return m_dossier; }
    QLineEdit* numberEdit() const { return m_number; }
    QCheckBox* hasDate() const { return m_hasDate; }
    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* senderEdit() const { return m_sender; }

private:
    void validate();

    DocumentMetadata m_original;
    QLineEdit* m_title;
    QComboBox* m_kind;
    QLineEdit* m_dossier;
    QLineEdit* m_number;
    QCheckBox* m_hasDate;
    QDateEdit* m_date;
    QLineEdit* m_sender;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace kl

#pragma once

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace kl {

struct LetterRecord;

// The details dock: what the current letter is (dossiers, number, kind, date, sender, signatory) and how to
// cite it, with a button that copies the citation.
class MetadataPanel : public QWidget {
    Q_OBJECT
public:
    explicit MetadataPanel(QWidget* parent = nullptr);

    void setLetter(const LetterRecord* letter); // nullptr: no letter
    QString citation() const;

private:
    QLabel* addRow(const QString& label, const QString& accessibleName);

    QFormLayout* m_form;
    QLabel* m_title;
    QLabel* m_dossiers;
    QLabel* m_number;
    QLabel* m_kind;
    QLabel* m_date;
    QLabel* m_sender;
    QLabel* m_signatory;
    QLabel* m_session;
    QLabel* m_files;
    QLabel* m_textSource;
    QLabel* m_citation;
    QToolButton* m_copy;
};

} // namespace kl

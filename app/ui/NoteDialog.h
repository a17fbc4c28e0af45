#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace kl {

// The note of one annotation, edited from where it is drawn: the quote it belongs to above, the note below
// in a box that wraps its lines (QInputDialog's multi-line box does not).
class NoteDialog : public QDialog {
    Q_OBJECT
public:
    NoteDialog(const QString& quote, const QString& note, QWidget* parent = nullptr);

    QString note() const;
    void setNote(const QString& note);

private:
    QPlainTextEdit* m_edit;
};

} // namespace kl

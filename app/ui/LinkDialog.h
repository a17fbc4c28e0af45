#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace kl {

class Library;

// "Link to…": picks the letter a selected passage refers to (a filter over the library's letters by title,
// kstId and citation), optionally a passage in it (a quote, found in its text when the link is made) and a note.
class LinkDialog : public QDialog {
    Q_OBJECT
public:
    // `fromLetter` is left out of the list; `selection` is the passage being linked, shown for reference.
    LinkDialog(const Library& library, qint64 fromLetter, const QString& selection, QWidget* parent = nullptr);

    qint64 selectedLetter() const;
    bool selectLetter(qint64 letterId);
    QString passage() const;
    QString note() const;
    void setFilter(const QString& text);
    void setPassage(const QString& text);
    void setNote(const QString& text);
    // Letters listed under the filter.
    int listedCount() const;

    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* letterList() const { return m_list; }

private:
    void applyFilter();
    void updateButtons();

    QLineEdit* m_filter;
    QListWidget* m_list;
    QLineEdit* m_passage;
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace kl

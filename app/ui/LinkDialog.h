#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace kl {

class Library;

// "Link to…": picks the letter a selected passage refers to (a filter over the library's letters by title,
// kstId and citation), optionally a passage in it and a note. The passage is chosen from the letter's own
// passages (those most like the selection first, then all in page order, filtered as you type) or pasted as a
// quote; either is found in its text when the link is made.
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
    // The passages offered for the chosen letter (after "the whole document").
    QStringList offeredPassages() const;
    bool choosePassage(int index);
    QComboBox* passageBox() const { return m_passage; }

    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* letterList() const { return m_list; }

private:
    void applyFilter();
    void updateButtons();
    void fillPassages();

    QLineEdit* m_filter;
    QListWidget* m_list;
    const Library& m_library;
    QString m_selection;
    qint64 m_passagesOf = -1;
    QComboBox* m_passage;
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace kl

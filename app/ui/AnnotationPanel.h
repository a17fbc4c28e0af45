#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace kl {

class AnnotationController;
class ReaderTab;

// The annotations of the letter in the current tab: a note on the letter as a whole, then its highlights in
// reading order with colour, quote, note and tags, filtered by colour, tag and text; the ones that were not
// found in the rendition being shown under a heading of their own. Picking one shows it in the reader and
// opens it for editing (note, tags, colour, delete, re-attach); every edit is a command on the window's undo
// stack.
class AnnotationPanel : public QWidget {
    Q_OBJECT
public:
    AnnotationPanel(AnnotationController* controller, QWidget* parent = nullptr);

    void setTab(ReaderTab* tab);
    ReaderTab* tab() const { return m_tab; }

    // The annotations listed (after the filter), in the order shown; orphans last.
    QList<qint64> listedIds() const;
    QList<qint64> orphanIds() const;
    qint64 currentAnnotation() const { return m_current; }
    // Selects an annotation in the list and shows it in the reader.
    bool selectAnnotation(qint64 id);

    void setTextFilter(const QString& text);
    void setColorFilter(const QString& color); // empty: every colour
    void setTagFilter(const QString& tag);     // empty: every tag

    QListWidget* list() const { return m_list; }
    QPlainTextEdit* noteEditor() const { return m_note; }
    QPlainTextEdit* letterNoteEditor() const { return m_letterNote; }
    QLineEdit* tagsEditor() const { return m_tags; }
    QTextBrowser* notePreview() const { return m_preview; }

    void editLetterNote();
    void deleteCurrent();
    void reattachCurrent();
    void recolorCurrent(const QString& color);

private:
    void rebuild();
    void fillFilters();
    void showCurrent();
    void itemActivated(QListWidgetItem* item);
    void noteEdited();
    void letterNoteEdited();
    void tagsEdited();

    AnnotationController* m_controller;
    QPointer<ReaderTab> m_tab;
    qint64 m_current = 0;
    bool m_updating = false;

    QPlainTextEdit* m_letterNote;
    QLineEdit* m_search;
    QComboBox* m_colorFilter;
    QComboBox* m_tagFilter;
    QListWidget* m_list;
    QSplitter* m_split;
    QLabel* m_quote;
    QTextBrowser* m_preview;
    QPlainTextEdit* m_note;
    QLineEdit* m_tags;
    QToolButton* m_color;
    QPushButton* m_delete;
    QPushButton* m_reattach;
    QWidget* m_details;
};

} // namespace kl

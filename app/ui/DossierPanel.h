#pragma once

#include <QHash>
#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTreeView;

namespace kl {

class DossierTreeModel;
struct LetterRecord;
class Library;

// The contents of the dossier dock: a filter box, the dossier tree and the counts under it.
class DossierPanel : public QWidget {
    Q_OBJECT
public:
    explicit DossierPanel(Library* library, QWidget* parent = nullptr);

    DossierTreeModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    void focusFilter();
    // Opens the letter's group and selects the letter, so the tree shows where the open letter is filed.
    void reveal(const LetterRecord& letter);
    // What the context menu of a letter offers (Edit Details, Remove from Library); the last one is also the
    // Delete key in the tree.
    void setLetterActions(const QList<QAction*>& actions);

Q_SIGNALS:
    void letterActivated(qint64 letterId);
    void letterSelected(qint64 letterId);
    // From the tree's context menu on a dossier ("36600 VI").
    void followRequested(const QString& dossier);
    void unfollowRequested(const QString& dossier);
    void checkRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // In a narrow dock the count columns, then the date, give way to the titles.
    void fitColumns();
    void showContextMenu(const QPoint& at);
    void rememberExpanded();
    void restoreExpanded();
    void updateCounts();

    Library* m_library;
    DossierTreeModel* m_model;
    QLineEdit* m_filter;
    QTreeView* m_view;
    QLabel* m_counts;
    QList<QAction*> m_letterActions;
    QSet<QString> m_expanded;       // group keys open before a reload
    qint64 m_selectedLetter = 0;    // the letter chosen before a reload
    QHash<int, int> m_columnWidths; // each column's width while it was last shown
};

} // namespace kl

#pragma once

#include "ReferenceSpan.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace kl {

class Library;
class LibrarySession;
class ReaderTab;
class RelatedPassagesPanel;

// The references dock of the current letter, in three tabs:
// - Referenced by: every letter that refers to it (detected references and cross-references made by hand),
//   grouped by letter, each passage with its page and text, one click from being shown;
// - In this document: its own references and cross-references, the ones in the library one click away;
// - Related: passages of other letters like a selected passage (RelatedPassagesPanel).
// Follows the library and the links as they change.
class ReferencesPanel : public QWidget {
    Q_OBJECT
public:
    ReferencesPanel(LibrarySession* session, QWidget* parent = nullptr);

    void setTab(ReaderTab* tab);
    void refresh();
    void showBacklinks();
    void showOutgoing();
    void showRelated();

    // The letters listed under Referenced by, in order.
    QList<qint64> citingLetters() const;
    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* backlinksView() const { return m_backlinks; }
    QTreeWidget* outgoingView() const { return m_outgoing; }
    RelatedPassagesPanel* related() const { return m_related; }

Q_SIGNALS:
    // Show a passage (renditionId 0: the letter as a whole).
    void passageRequested(qint64 letterId, qint64 renditionId, qsizetype start, qsizetype end);
    void referenceActivated(const kl::ReferenceSpan& reference);

private:
    void refreshBacklinks();
    void refreshOutgoing();
    void backlinkClicked(QTreeWidgetItem* item);
    void outgoingClicked(QTreeWidgetItem* item);
    void contextMenu(QTreeWidget* view, const QPoint& pos);

    LibrarySession* m_session;
    Library* m_library;
    QPointer<ReaderTab> m_tab;
    QTabWidget* m_tabs;
    QLabel* m_backlinkStatus;
    QTreeWidget* m_backlinks;
    QTreeWidget* m_outgoing;
    RelatedPassagesPanel* m_related;
};

} // namespace kl

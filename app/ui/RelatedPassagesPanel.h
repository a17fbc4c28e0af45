#pragma once

#include "anchor/TextAnchor.h"
#include "search/SearchHit.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace kl {

class Library;
class LibrarySession;

// Passages of other letters like a selected passage (SearchEngine::similar), best first, each with its
// document, page and text. A click opens one; its Link button turns it into a cross-reference from the selected
// passage (undoable, on the window's undo stack).
class RelatedPassagesPanel : public QWidget {
    Q_OBJECT
public:
    RelatedPassagesPanel(LibrarySession* session, QWidget* parent = nullptr);

    // Looks for passages like `anchor.exact` in other letters than `letterId`; returns how many were found.
    int setSource(qint64 letterId, qint64 renditionId, const TextAnchor& anchor);
    const QList<SearchHit>& hits() const { return m_hits; }
    // Makes a cross-reference from the source passage to the related passage in `row`; returns its id, 0 when
    // that cannot be done.
    qint64 linkHit(int row);
    QTreeWidget* view() const { return m_view; }

Q_SIGNALS:
    void passageRequested(qint64 letterId, qint64 renditionId, qsizetype start, qsizetype end);

private:
    LibrarySession* m_session;
    Library* m_library;
    QLabel* m_heading;
    QTreeWidget* m_view;
    qint64 m_letter = 0;
    qint64 m_rendition = 0;
    TextAnchor m_anchor;
    QList<SearchHit> m_hits;
};

} // namespace kl

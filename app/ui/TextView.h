#pragma once

#include "ReaderView.h"
#include "ReferenceSpan.h"
#include "library/RenditionText.h"

#include <QList>
#include <QStringList>
#include <QTextCursor>
#include <QTextEdit>

#include <memory>

class QMenu;

namespace kl {

struct DocumentMetadata;

// A text or KOOP XML rendition laid out for reading: the Kamerstuk header (up to the title) set apart, then
// the paragraphs (blank lines in the stored text) in a column of comfortable width. Read-only; selection and
// copy are QTextEdit's own, find marks all hits with extra selections. The document is built from the stored
// text piece by piece, with a map from document positions back to offsets in that text (RenditionText), where
// annotation anchors live.
class TextView : public QTextEdit, public ReaderView {
    Q_OBJECT
public:
    // An annotation as the view shows it: a span of the stored text.
    struct Mark {
        qint64 id = 0;
        qsizetype start = 0; // offsets in renditionText().text()
        qsizetype end = 0;
        QColor color;
        bool underline = false;
        bool selected = false;
        QString tip; // shown on hover: its note; empty for none
    };

    TextView(const DocumentMetadata& metadata, const QStringList& pageTexts, QWidget* parent = nullptr);

    const RenditionText& renditionText() const { return m_text; }
    // Offsets in the stored text of a document position and back; positions between paragraphs map to the
    // nearest paragraph edge.
    qsizetype toStored(int documentPosition) const;
    int toDocument(qsizetype storedOffset) const;
    // The selection as offsets in the stored text; an empty span when nothing is selected.
    std::pair<qsizetype, qsizetype> selectedSpan() const;
    void selectSpan(qsizetype start, qsizetype end);
    // Scrolls [start, end) into view and puts the caret before it, selecting nothing.
    void showSpan(qsizetype start, qsizetype end);
    // Scrolls so that the line holding a stored offset is the first one in view; the selection stays.
    void scrollToStored(qsizetype offset);
    void setMarks(const QList<Mark>& marks);
    const QList<Mark>& marks() const { return m_marks; }
    // References and cross-references: marked with a dotted underline, clickable (referenceClicked).
    void setReferences(const QList<ReferenceSpan>& references);
    const QList<ReferenceSpan>& references() const { return m_references; }
    // The reference under a point of the viewport; -1 when none.
    int referenceAt(const QPoint& viewportPos) const;
    // The annotation under a point of the viewport (the shortest when they overlap); 0 when none.
    qint64 annotationAt(const QPoint& viewportPos) const;
    // The context menu at a point of the viewport: the standard one, the annotation's own actions first when the
    // point is on one (annotationMenuRequested fills them in), then the context actions.
    std::unique_ptr<QMenu> contextMenuAt(const QPoint& viewportPos);
    // Where a stored offset is drawn, in viewport coordinates (for tests and tooltips).
    QRect rectOf(qsizetype storedOffset) const;
    // Actions added to the context menu (highlight, underline…).
    void setContextActions(const QList<QAction*>& actions) { m_contextActions = actions; }

    QWidget* widget() override { return this; }
    QString selectedText() const override;
    void copy() override { QTextEdit::copy(); }
    int find(const QString& text) override;
    int findNext(bool backward) override;
    int hitCount() const override { return int(m_hits.size()); }
    void zoomIn() override { QTextEdit::zoomIn(1); }
    void zoomOut() override { QTextEdit::zoomOut(1); }

Q_SIGNALS:
    void referenceClicked(int index);
    // A context menu opens on an annotation: whoever edits annotations inserts its actions into `menu` before
    // `before` (connected directly: the menu is shown after the signal returns).
    void annotationMenuRequested(QMenu* menu, QAction* before, qint64 annotationId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    // A paragraph of the document: a block, and where its text starts in the stored text.
    struct Piece {
        int position = 0;     // of the block's first character in the document
        qsizetype stored = 0; // of the same character in the stored text
        qsizetype length = 0;
    };

    // The stored offset of the character under a viewport point; -1 when the point is not over text.
    qsizetype storedOffsetAt(const QPoint& viewportPos) const;
    void layOut(const DocumentMetadata& metadata);
    void updateMarks();

    RenditionText m_text;
    QList<Piece> m_pieces;
    QList<Mark> m_marks;
    QList<ReferenceSpan> m_references;
    QPoint m_pressPos;
    QList<QAction*> m_contextActions;

    QList<QTextCursor> m_hits;
    int m_currentHit = -1;
};

} // namespace kl

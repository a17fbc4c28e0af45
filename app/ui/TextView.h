#pragma once

#include "ReaderView.h"

#include <QList>
#include <QStringList>
#include <QTextCursor>
#include <QTextEdit>

namespace kl {

struct DocumentMetadata;

// A text or KOOP XML rendition laid out for reading: the Kamerstuk header (up to the title) set apart, then
// the paragraphs (blank lines in the stored text) in a column of comfortable width. Read-only; selection and
// copy are QTextEdit's own, find marks all hits with extra selections.
class TextView : public QTextEdit, public ReaderView {
    Q_OBJECT
public:
    TextView(const DocumentMetadata& metadata, const QStringList& pageTexts, QWidget* parent = nullptr);

    QWidget* widget() override { return this; }
    QString selectedText() const override;
    void copy() override { QTextEdit::copy(); }
    int find(const QString& text) override;
    int findNext(bool backward) override;
    int hitCount() const override { return int(m_hits.size()); }
    void zoomIn() override { QTextEdit::zoomIn(1); }
    void zoomOut() override { QTextEdit::zoomOut(1); }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void layOut(const DocumentMetadata& metadata, const QStringList& pageTexts);
    void updateMarks();

    QList<QTextCursor> m_hits;
    int m_currentHit = -1;
};

} // namespace kl

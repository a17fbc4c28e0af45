#pragma once

#include <QString>

class QWidget;

namespace kl {

// What a reader tab asks of the view of one rendition, PDF or text: the same selection, copy, find and zoom,
// so the tab's toolbar and the window's menus need not know which kind of view is showing.
class ReaderView {
public:
    virtual ~ReaderView() = default;

    virtual QWidget* widget() = 0;
    virtual QString selectedText() const = 0;
    virtual void copy() = 0;

    // Marks every occurrence (case-insensitive) and returns how many there are; an empty text clears them.
    virtual int find(const QString& text) = 0;
    // Moves to the next (or previous) occurrence and shows it; returns its 0-based number, -1 when none.
    virtual int findNext(bool backward) = 0;
    virtual int hitCount() const = 0;

    virtual void zoomIn() = 0;
    virtual void zoomOut() = 0;
};

} // namespace kl

#pragma once

#include "document/PageText.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>

#include <memory>

class QThreadPool;

namespace kl {

class PdfDocument;

// Renders the pages of one PDF on worker threads, never on the UI thread. The view says which pages it shows
// now (setWanted); pages that scrolled out of sight before their turn are dropped, so fast scrolling through
// a long document does not queue up work for pages nobody looks at any more. One page of a document renders
// at a time (the document has one mutex), and the result comes back to the UI thread as pageReady().
class PdfRenderer : public QObject {
    Q_OBJECT
public:
    explicit PdfRenderer(std::shared_ptr<PdfDocument> document, QObject* parent = nullptr);
    ~PdfRenderer() override;

    PdfDocument* document() const { return m_document.get(); }

    struct Request {
        int page = 0;
        int widthPx = 0; // device pixels
    };
    // The pages to render, most wanted first; earlier requests not in the list are dropped.
    void setWanted(const QList<Request>& requests);
    // The page rendered exactly `widthPx` wide, or a null image.
    QImage image(int page, int widthPx) const;
    // Any earlier rendering of the page, to stretch while the right size renders; null when none.
    QImage anyImage(int page) const;

    // The page's words once known (they come with the first rendering); null before.
    const PageText* pageText(int page) const;
    // The page's words now, reading them on this thread when no rendering brought them yet.
    const PageText& pageTextNow(int page);

Q_SIGNALS:
    void pageReady(int page);

private:
    struct Result {
        int page = 0;
        int widthPx = 0;
        QImage image;
        PageText text;
        bool hasText = false;
    };

    void pump();
    void accept();
    QString key(int page, int widthPx) const;
    static QThreadPool* pool();

    std::shared_ptr<PdfDocument> m_document;
    QString m_prefix; // this renderer's part of the shared cache keys
    QList<Request> m_wanted;
    QFutureWatcher<Result> m_job; // delivers on the UI thread, and never after this object is gone
    QHash<int, int> m_lastWidth;  // page -> width of its newest rendering
    QHash<int, PageText> m_texts;
};

} // namespace kl

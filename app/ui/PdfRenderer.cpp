#include "PdfRenderer.h"

#include "PageImageCache.h"
#include "PdfDocument.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace kl {

PdfRenderer::PdfRenderer(std::shared_ptr<PdfDocument> document, QObject* parent)
    : QObject(parent)
    , m_document(std::move(document))
{
    static std::atomic<int> counter{0};
    m_prefix = QStringLiteral("%1/").arg(counter++);
    connect(&m_job, &QFutureWatcherBase::finished, this, &PdfRenderer::accept);
}

PdfRenderer::~PdfRenderer()
{
    // A job still running holds its own reference to the document; its result is dropped with this object.
    PageImageCache::instance().removeWithPrefix(m_prefix);
}

// The render pool, created on first use and never deleted (a job may still hold a document when the last
// renderer goes).
static QThreadPool* renderPool = nullptr;

// Drops the pages still queued and waits for the one rendering. A job outlives its renderer by design, so
// without this a worker can still be inside Poppler when main() returns and exit() destroys libpoppler's
// globals under it: reading words (TextOutputDev asks GlobalParams::getUnicodeMap of a freed GlobalParams), or
// deleting the last document, whose GlobalParamsIniter deletes the GlobalParams that exit() deletes too. The
// UI tests crashed so now and then: a test program never runs exec(), so it never sees aboutToQuit.
static void drainRenderPool()
{
    if (!renderPool)
        return;
    renderPool->clear();
    renderPool->waitForDone();
}

QThreadPool* PdfRenderer::pool()
{
    // Its own pool: importing (which uses the global pool) must not hold up the pages the reader looks at.
    static QThreadPool* pool = [] {
        renderPool = new QThreadPool;
        renderPool->setMaxThreadCount(std::max(2, QThread::idealThreadCount() / 2));
        // A page still rendering when the program ends must finish before Poppler's globals go away. The
        // program drains the pool when its event loop ends (aboutToQuit, while the windows still exist);
        // every program, a test or one that never ran its event loop too, when its QCoreApplication is
        // destroyed (post routines run first in ~QCoreApplication, before main() returns).
        qAddPostRoutine(drainRenderPool);
        if (QCoreApplication::instance())
            QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, renderPool, drainRenderPool);
        return renderPool;
    }();
    return pool;
}

QString PdfRenderer::key(int page, int widthPx) const
{
    return m_prefix + QString::number(page) + QLatin1Char('/') + QString::number(widthPx);
}

void PdfRenderer::setWanted(const QList<Request>& requests)
{
    m_wanted.clear();
    for (const Request& r : requests)
        if (r.page >= 0 && r.page < m_document->pageCount() && r.widthPx > 0 && image(r.page, r.widthPx).isNull())
            m_wanted.append(r);
    pump();
}

QImage PdfRenderer::image(int page, int widthPx) const
{
    return PageImageCache::instance().find(key(page, widthPx));
}

QImage PdfRenderer::anyImage(int page) const
{
    const auto it = m_lastWidth.constFind(page);
    return it == m_lastWidth.cend() ? QImage() : image(page, *it);
}

const PageText* PdfRenderer::pageText(int page) const
{
    const auto it = m_texts.constFind(page);
    return it == m_texts.cend() ? nullptr : &*it;
}

const PageText& PdfRenderer::pageTextNow(int page)
{
    auto it = m_texts.find(page);
    if (it == m_texts.end())
        it = m_texts.insert(page, m_document->text(page));
    return *it;
}

void PdfRenderer::pump()
{
    if (m_job.isRunning() || m_wanted.isEmpty())
        return;
    const Request request = m_wanted.takeFirst();
    const int page = request.page;
    const int width = request.widthPx;
    const bool needText = !m_texts.contains(page);
    std::shared_ptr<PdfDocument> document = m_document;
    // The job touches nothing of this object: it may outlive it, holding the document alive until it ends.
    m_job.setFuture(QtConcurrent::run(pool(), [document, page, width, needText] {
        Result r;
        r.page = page;
        r.widthPx = width;
        r.image = document->render(page, width);
        if (needText) {
            r.text = document->text(page);
            r.hasText = true;
        }
        return r;
    }));
}

void PdfRenderer::accept()
{
    const Result result = m_job.result();
    if (!result.image.isNull()) {
        PageImageCache::instance().insert(key(result.page, result.widthPx), result.image);
        m_lastWidth.insert(result.page, result.widthPx);
    }
    if (result.hasText && !m_texts.contains(result.page))
        m_texts.insert(result.page, result.text);
    Q_EMIT pageReady(result.page);
    pump();
}

} // namespace kl

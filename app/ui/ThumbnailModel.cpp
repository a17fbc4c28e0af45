#include "ThumbnailModel.h"

#include "PdfDocument.h"
#include "PdfRenderer.h"

#include <QPixmap>
#include <QTimer>

#include <algorithm>

namespace kl {

ThumbnailModel::ThumbnailModel(std::shared_ptr<PdfDocument> document, int widthPx, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(std::move(document))
    , m_renderer(new PdfRenderer(m_document, this))
    , m_widthPx(widthPx)
{
    connect(m_renderer, &PdfRenderer::pageReady, this, [this](int page) {
        const QModelIndex i = index(page);
        Q_EMIT dataChanged(i, i, {Qt::DecorationRole, RenderedRole});
    });
}

ThumbnailModel::~ThumbnailModel() = default;

int ThumbnailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_document->pageCount();
}

QVariant ThumbnailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int page = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(page + 1);
    case Qt::ToolTipRole:
        return tr("Page %1").arg(page + 1);
    case Qt::AccessibleTextRole:
        return tr("Page %1").arg(page + 1);
    case PageRole:
        return page;
    case RenderedRole:
        return !m_renderer->image(page, m_widthPx).isNull();
    case Qt::SizeHintRole: {
        const QSizeF pt = m_document->pageSize(page);
        return QSize(m_widthPx, int(m_widthPx * pt.height() / std::max(1.0, pt.width())));
    }
    case Qt::DecorationRole: {
        const QImage image = m_renderer->image(page, m_widthPx);
        if (!image.isNull())
            return QPixmap::fromImage(image);
        requestSoon(page);
        // A blank page of the right shape until the picture comes.
        const QSizeF pt = m_document->pageSize(page);
        QPixmap blank(m_widthPx, int(m_widthPx * pt.height() / std::max(1.0, pt.width())));
        blank.fill(Qt::white);
        return blank;
    }
    default:
        return {};
    }
}

void ThumbnailModel::requestSoon(int page) const
{
    m_asked.insert(page);
    if (m_requestPending)
        return;
    m_requestPending = true;
    // Once the view has painted: the pages it asked for are the ones in sight; the renderer drops the rest.
    QTimer::singleShot(0, this, [this] {
        m_requestPending = false;
        QList<int> pages(m_asked.cbegin(), m_asked.cend());
        std::sort(pages.begin(), pages.end());
        m_asked.clear();
        QList<PdfRenderer::Request> requests;
        for (int p : std::as_const(pages))
            requests.append({p, m_widthPx});
        m_renderer->setWanted(requests);
    });
}

} // namespace kl

#include "PageSidebar.h"

#include "PdfDocument.h"
#include "PdfView.h"
#include "ThumbnailModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace kl {

namespace {

constexpr int kThumbnailWidth = 120;

QLabel* emptyLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(12);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void addEntries(QStandardItem* parent, const QList<PdfOutlineEntry>& entries)
{
    for (const PdfOutlineEntry& e : entries) {
        auto* item = new QStandardItem(e.title.isEmpty() ? PageSidebar::tr("(untitled)") : e.title);
        item->setEditable(false);
        item->setData(e.page, PageSidebar::PageRole);
        item->setData(e.top, PageSidebar::TopRole);
        if (e.page >= 0)
            item->setToolTip(PageSidebar::tr("%1 (page %2)").arg(item->text()).arg(e.page + 1));
        addEntries(item, e.children);
        parent->appendRow(item);
    }
}

} // namespace

PageSidebar::PageSidebar(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_outlineStack(new QStackedWidget(this))
    , m_outline(new QTreeView(this))
    , m_outlineModel(new QStandardItemModel(this))
    , m_noOutline(emptyLabel(this))
    , m_pagesStack(new QStackedWidget(this))
    , m_thumbnails(new QListView(this))
    , m_noPages(emptyLabel(this))
{
    m_outline->setModel(m_outlineModel);
    m_outline->setHeaderHidden(true);
    m_outline->setUniformRowHeights(true);
    m_outline->setAccessibleName(tr("Outline"));
    m_outline->setTextElideMode(Qt::ElideRight);
    m_outlineStack->addWidget(m_noOutline);
    m_outlineStack->addWidget(m_outline);

    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setUniformItemSizes(false);
    m_thumbnails->setSpacing(6);
    m_thumbnails->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 3 / 2));
    m_thumbnails->setAccessibleName(tr("Page thumbnails"));
    m_pagesStack->addWidget(m_noPages);
    m_pagesStack->addWidget(m_thumbnails);

    m_tabs->addTab(m_outlineStack, tr("Outline"));
    m_tabs->addTab(m_pagesStack, tr("Pages"));
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_outline, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const int page = index.data(PageRole).toInt();
        if (m_view && page >= 0)
            m_view->setPlace({page, std::max(0.0, index.data(TopRole).toDouble() - 0.02)});
    });
    connect(m_outline, &QTreeView::clicked, m_outline, &QTreeView::activated);
    connect(m_thumbnails, &QListView::clicked, this, [this](const QModelIndex& index) {
        if (m_view)
            m_view->goToPage(index.row());
    });
    connect(m_thumbnails, &QListView::activated, m_thumbnails, &QListView::clicked);
    setView(nullptr);
}

PageSidebar::~PageSidebar() = default;

void PageSidebar::setView(PdfView* view)
{
    if (view && view == m_view)
        return;
    disconnect(m_pageConnection);
    m_view = view;
    m_thumbnails->setModel(nullptr);
    delete m_thumbnailModel;
    m_thumbnailModel = nullptr;
    fillOutline();
    if (!view) {
        m_noPages->setText(tr("Page thumbnails show for a PDF."));
        m_pagesStack->setCurrentWidget(m_noPages);
        return;
    }
    m_thumbnailModel = new ThumbnailModel(view->sharedDocument(), qRound(kThumbnailWidth * devicePixelRatioF()), this);
    m_thumbnails->setModel(m_thumbnailModel);
    m_pagesStack->setCurrentWidget(m_thumbnails);
    m_pageConnection = connect(view, &PdfView::currentPageChanged, this, &PageSidebar::currentPageChanged);
    currentPageChanged(view->currentPage());
}

void PageSidebar::fillOutline()
{
    m_outlineModel->clear();
    const QList<PdfOutlineEntry> entries = m_view ? m_view->sharedDocument()->outline() : QList<PdfOutlineEntry>{};
    if (entries.isEmpty()) {
        m_noOutline->setText(m_view ? tr("This PDF has no outline.") : tr("The outline shows for a PDF."));
        m_outlineStack->setCurrentWidget(m_noOutline);
        return;
    }
    addEntries(m_outlineModel->invisibleRootItem(), entries);
    // The top level open, as a table of contents reads.
    for (int i = 0; i < m_outlineModel->rowCount(); ++i)
        m_outline->expand(m_outlineModel->index(i, 0));
    m_outlineStack->setCurrentWidget(m_outline);
}

void PageSidebar::currentPageChanged(int page)
{
    if (!m_thumbnailModel || page < 0)
        return;
    const QModelIndex index = m_thumbnailModel->index(page);
    m_thumbnails->setCurrentIndex(index);
    m_thumbnails->scrollTo(index);
}

} // namespace kl

#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTreeView;

namespace kl {

class PdfView;
class ThumbnailModel;
struct PdfOutlineEntry;

// Okular's sidebar for the PDF shown: its outline (bookmarks) and its pages as thumbnails. A click goes there;
// the thumbnail of the page being read is the current one. Empty, with a word why, for a text letter.
class PageSidebar : public QWidget {
    Q_OBJECT
public:
    explicit PageSidebar(QWidget* parent = nullptr);
    ~PageSidebar() override;

    // The view to follow; nullptr when the tab shows text or no tab is open.
    void setView(PdfView* view);
    PdfView* view() const { return m_view; }

    QTreeView* outlineView() const { return m_outline; }
    QListView* thumbnailView() const { return m_thumbnails; }
    QStandardItemModel* outlineModel() const { return m_outlineModel; }
    ThumbnailModel* thumbnailModel() const { return m_thumbnailModel; }

    enum Role { PageRole = Qt::UserRole + 1, TopRole };

private:
    void fillOutline();
    void currentPageChanged(int page);

    QPointer<PdfView> m_view;
    QTabWidget* m_tabs;
    QStackedWidget* m_outlineStack;
    QTreeView* m_outline;
    QStandardItemModel* m_outlineModel;
    QLabel* m_noOutline;
    QStackedWidget* m_pagesStack;
    QListView* m_thumbnails;
    ThumbnailModel* m_thumbnailModel = nullptr;
    QLabel* m_noPages;
    QMetaObject::Connection m_pageConnection;
};

} // namespace kl

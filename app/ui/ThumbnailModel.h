#pragma once

#include <QAbstractListModel>
#include <QSet>

#include <memory>

namespace kl {

class PdfDocument;
class PdfRenderer;

// The pages of a PDF as small pictures, one row each. A page is rendered (on the render workers, by a renderer of
// its own) when the view first asks for its picture, that is when it is painted: a 300-page document renders only
// the thumbnails in sight.
class ThumbnailModel : public QAbstractListModel {
    Q_OBJECT
public:
    ThumbnailModel(std::shared_ptr<PdfDocument> document, int widthPx, QObject* parent = nullptr);
    ~ThumbnailModel() override;

    enum Role { PageRole = Qt::UserRole + 1, RenderedRole };

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    void requestSoon(int page) const;

    std::shared_ptr<PdfDocument> m_document;
    PdfRenderer* m_renderer;
    int m_widthPx;
    mutable QSet<int> m_asked; // pages painted since the last request
    mutable bool m_requestPending = false;
};

} // namespace kl

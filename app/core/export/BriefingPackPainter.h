#pragma once

#include "BriefingPackContent.h"
#include "BriefingPackLayout.h"

#include <QCoreApplication>
#include <QRectF>

#include <map>
#include <memory>

class QPainter;
class QPointF;

namespace Poppler {
class Document;
}

namespace kl {

// Paints the pages of a laid-out briefing pack: the cover, the flowing text with its highlights, contents
// numbers and metadata labels, the original pages, and on every page the frame: title, marking, page number.
class BriefingPackPainter {
    Q_DECLARE_TR_FUNCTIONS(kl::BriefingPackBuilder)

public:
    BriefingPackPainter(const BriefingPackContent& content, const BriefingPackLayout& layout);
    ~BriefingPackPainter();

    // Paints page `index` (0-based) of the layout onto a painter on the device the layout was made for.
    void paintPage(QPainter& painter, int index);

private:
    using Page = BriefingPackLayout::Page;
    void paintCover(QPainter& painter);
    void paintFlow(QPainter& painter, const Page& page);
    void paintOriginal(QPainter& painter, const Page& page);
    void paintFrame(QPainter& painter, int index);
    // Draws `text` wrapped to `width` (device units) from `at`; returns the height it takes.
    double drawWrapped(QPainter& painter, const QString& text, const QFont& font, const QColor& color,
                       const QPointF& at, double width, double spacing = 1.2);
    QRectF pt(double x, double y, double w, double h) const { return QRectF(x * m_k, y * m_k, w * m_k, h * m_k); }

    const BriefingPackContent& m_content;
    const BriefingPack& m_pack;
    const BriefingPackLayout& m_layout;
    const double m_k; // device units per point
    // Each letter's PDF, opened when its first original page is painted.
    std::map<int, std::unique_ptr<Poppler::Document>> m_documents;
};

} // namespace kl

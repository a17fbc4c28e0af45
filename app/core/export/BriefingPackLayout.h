#pragma once

#include "BriefingPackContent.h"
#include "BriefingPackFlow.h"

#include <QHash>
#include <QList>
#include <QRectF>

class QPaintDevice;

namespace kl {

// Places a briefing pack on A4 pages for one paint device: writes its flow (BriefingPackComposer), breaks the
// paragraphs into lines in the device's font metrics, and fills the pages, keeping headings with what follows,
// excerpts with their notes, and no single line of a paragraph alone at the top of a page.
class BriefingPackLayout {
public:
    struct Line {
        int paragraph;
        int line;
        double y; // device units from the top of the page
    };
    struct Page {
        enum Kind { Cover, Flow, Original };
        Kind kind = Flow;
        QList<Line> lines;
        int letter = -1;  // Original: index into the content's letters
        int original = 0; // Original: 1-based page of the PDF
    };

    explicit BriefingPackLayout(const BriefingPackContent& content);

    // Lays the pack out for `device`, again until the page numbers quoted in the text stand still.
    void layOut(const QPaintDevice& device);

    double scale() const { return m_k; } // device units per point
    const BriefingPackFlow& flow() const { return m_flow; }
    const QList<Page>& pages() const { return m_pages; }
    // The 1-based page of an anchor (BriefingPackFlow), 0 when there is none.
    int pageOf(const QString& anchor) const { return m_anchors.value(anchor); }
    QString pageRef(const QString& anchor) const { return BriefingPackFlow::pageRef(m_anchors, anchor); }

    // Where an original page of `sizePt` (points) is drawn on an A4 page of the pack, in points from its top left:
    // as large as the type area allows, centred, at its top.
    static QRectF originalPageRect(const QSizeF& sizePt);

private:
    void breakLines(BriefingPackFlow::Paragraph& p, double width) const;
    void paginate();

    const BriefingPackContent& m_content;
    const QPaintDevice* m_device = nullptr;
    double m_k = 1;
    BriefingPackFlow m_flow;
    QList<Page> m_pages;
    QHash<QString, int> m_anchors; // "letter:12" -> page (1-based)
};

} // namespace kl

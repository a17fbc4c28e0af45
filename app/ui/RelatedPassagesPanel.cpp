#include "RelatedPassagesPanel.h"

#include "TextWrap.h"

#include "library/Library.h"
#include "search/SearchEngine.h"
#include "session/LibrarySession.h"
#include "session/PassageLocator.h"

#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kl {

namespace {
constexpr int kMaxRelated = 12;
constexpr int kRowRole = Qt::UserRole;

} // namespace

RelatedPassagesPanel::RelatedPassagesPanel(LibrarySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_library(&session->library())
    , m_heading(new QLabel(this))
    , m_view(new QTreeWidget(this))
{
    setAccessibleName(tr("Related passages"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Select a passage and choose Related Passages to find passages like it in other "
                          "documents."));
    m_heading->setAccessibleName(tr("Related passages for"));
    layout->addWidget(m_heading);
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Passage"), QString()});
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Related passages list"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        const int row = item->data(0, kRowRole).toInt();
        if (row >= 0 && row < m_hits.size())
            Q_EMIT passageRequested(m_hits[row].letterId, m_hits[row].renditionId, m_hits[row].start, m_hits[row].end);
    });
    connect(m_view, &QTreeWidget::itemActivated, m_view, &QTreeWidget::itemClicked);
}

int RelatedPassagesPanel::setSource(qint64 letterId, qint64 renditionId, const TextAnchor& anchor)
{
    m_letter = letterId;
    m_rendition = renditionId;
    m_anchor = anchor;
    m_view->clear();
    m_hits = SearchEngine(*m_library).similar(anchor.exact, letterId, kMaxRelated);
    const QString quote = anchor.exact.simplified();
    m_heading->setText(m_hits.isEmpty()
                           ? tr("No passages like “%1” in other documents.").arg(TextWrap::shortened(quote, 100))
                           : tr("Passages like “%1”:").arg(TextWrap::shortened(quote, 100)));
    for (int row = 0; row < m_hits.size(); ++row) {
        const SearchHit& h = m_hits[row];
        const QString snippet = h.markedSnippet(QString(), QString()).simplified();
        auto* item = new QTreeWidgetItem(m_view);
        item->setText(0, tr("%1 · page %2\n%3").arg(h.title).arg(h.page).arg(TextWrap::wrapped(snippet)));
        item->setToolTip(0, tr("%1, page %2: click to open it").arg(h.title).arg(h.page));
        item->setData(0, kRowRole, row);
        item->setData(0, Qt::AccessibleTextRole, tr("%1, page %2: %3").arg(h.title).arg(h.page).arg(snippet));
        auto* button = new QToolButton(m_view);
        button->setText(tr("Link"));
        button->setToolTip(tr("Make a cross-reference from the selected passage to this one"));
        button->setAccessibleName(tr("Link to %1, page %2").arg(h.title).arg(h.page));
        connect(button, &QToolButton::clicked, this, [this, row, button] {
            if (linkHit(row)) {
                button->setText(tr("Linked"));
                button->setEnabled(false);
            }
        });
        m_view->setItemWidget(item, 1, button);
    }
    return int(m_hits.size());
}

qint64 RelatedPassagesPanel::linkHit(int row)
{
    if (row < 0 || row >= m_hits.size() || !m_letter || m_anchor.isEmpty())
        return 0;
    const SearchHit& h = m_hits[row];
    Passage from;
    from.letterId = m_letter;
    from.renditionId = m_rendition;
    from.anchor = m_anchor;
    const Result<Passage> to = m_session->passages().at(h.letterId, h.renditionId, h.start, h.end);
    if (!to)
        return 0;
    return m_session->linkPassages(from, *to).valueOr(0);
}

} // namespace kl

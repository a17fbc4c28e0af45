#include "ReferencesPanel.h"

#include "TextWrap.h"

#include "ReaderTab.h"
#include "RelatedPassagesPanel.h"
#include "library/Library.h"
#include "library/RenditionText.h"
#include "links/BacklinkFinder.h"
#include "links/LinkStore.h"
#include "session/LibrarySession.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kl {

namespace {
enum Role {
    LetterRole = Qt::UserRole,
    RenditionRole,
    StartRole,
    EndRole,
    LinkRole,
    IndexRole,
};
constexpr int kContext = 70; // characters either side of a reference

// The passage around a span, on one line: "…context [reference] context…".
QString passageAround(const QString& text, qsizetype start, qsizetype end)
{
    const qsizetype from = std::max<qsizetype>(0, start - kContext);
    const qsizetype to = std::min<qsizetype>(text.size(), end + kContext);
    QString out = text.mid(from, to - from).simplified();
    if (from > 0)
        out.prepend(QChar(0x2026));
    if (to < text.size())
        out.append(QChar(0x2026));
    return out;
}

QString letterLabel(const LetterRecord& l)
{
    const QString citation = l.metadata.citation();
    return citation.isEmpty() ? l.displayTitle() : ReferencesPanel::tr("%1 — %2").arg(citation, l.displayTitle());
}

QTreeWidget* makeTree(QWidget* parent, const QStringList& headers, const QString& name)
{
    auto* view = new QTreeWidget(parent);
    view->setColumnCount(int(headers.size()));
    view->setHeaderLabels(headers);
    view->setAccessibleName(name);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        view->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return view;
}
} // namespace

ReferencesPanel::ReferencesPanel(LibrarySession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_library(&session->library())
    , m_tabs(new QTabWidget(this))
    , m_backlinkStatus(new QLabel(this))
    , m_related(new RelatedPassagesPanel(session, this))
{
    setAccessibleName(tr("References"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("References tabs"));
    // All three tabs in sight in a narrow dock, their names shortened, rather than one behind scroll arrows.
    m_tabs->tabBar()->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideRight);
    layout->addWidget(m_tabs);

    auto* backPage = new QWidget(this);
    auto* backLayout = new QVBoxLayout(backPage);
    backLayout->setContentsMargins(4, 4, 4, 4);
    m_backlinkStatus->setWordWrap(true);
    m_backlinkStatus->setAccessibleName(tr("Referenced by summary"));
    backLayout->addWidget(m_backlinkStatus);
    m_backlinks = makeTree(backPage, {tr("Document and passage"), tr("Page")}, tr("Referenced by"));
    backLayout->addWidget(m_backlinks, 1);
    m_tabs->addTab(backPage, tr("Referenced By"));

    m_outgoing = makeTree(this, {tr("Reference"), tr("Target")}, tr("References in this document"));
    m_outgoing->setRootIsDecorated(false);
    // Both columns share the width and wrap: sized to its contents, a long reference pushed the target out of a
    // laptop's dock.
    m_outgoing->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outgoing->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tabs->addTab(m_outgoing, tr("In This Document"));
    m_tabs->addTab(m_related, tr("Related"));

    connect(m_backlinks, &QTreeWidget::itemClicked, this, &ReferencesPanel::backlinkClicked);
    connect(m_backlinks, &QTreeWidget::itemActivated, this, &ReferencesPanel::backlinkClicked);
    connect(m_outgoing, &QTreeWidget::itemClicked, this, &ReferencesPanel::outgoingClicked);
    connect(m_outgoing, &QTreeWidget::itemActivated, this, &ReferencesPanel::outgoingClicked);
    connect(m_backlinks, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { contextMenu(m_backlinks, pos); });
    connect(m_outgoing, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { contextMenu(m_outgoing, pos); });
    connect(m_related, &RelatedPassagesPanel::passageRequested, this, &ReferencesPanel::passageRequested);
    connect(m_library, &Library::changed, this, [this](const LibraryChange& change) {
        // Letters: a reference may resolve now. Links: a link to or from any letter may be a backlink here.
        if (change.touches(LibraryChange::Letters))
            refresh();
        else if (change.touches(LibraryChange::Links) && m_tab && change.touchesLetter(m_tab->letterId()))
            refreshBacklinks();
    });
    refresh();
}

void ReferencesPanel::setTab(ReaderTab* tab)
{
    if (m_tab)
        disconnect(m_tab, nullptr, this, nullptr);
    m_tab = tab;
    if (m_tab)
        connect(m_tab, &ReaderTab::referencesPlaced, this, &ReferencesPanel::refreshOutgoing);
    refresh();
}

void ReferencesPanel::refresh()
{
    refreshBacklinks();
    refreshOutgoing();
}

void ReferencesPanel::showBacklinks()
{
    m_tabs->setCurrentIndex(0);
}

void ReferencesPanel::showOutgoing()
{
    m_tabs->setCurrentIndex(1);
}

void ReferencesPanel::showRelated()
{
    m_tabs->setCurrentWidget(m_related);
}

QList<qint64> ReferencesPanel::citingLetters() const
{
    QList<qint64> out;
    for (int i = 0; i < m_backlinks->topLevelItemCount(); ++i)
        out.append(m_backlinks->topLevelItem(i)->data(0, LetterRole).toLongLong());
    return out;
}

void ReferencesPanel::refreshBacklinks()
{
    m_backlinks->clear();
    if (!m_tab) {
        m_backlinkStatus->setText(tr("No document open."));
        return;
    }
    const qint64 letterId = m_tab->letterId();
    const QList<Backlink> backlinks = BacklinkFinder::find(*m_library, m_session->links(), letterId);
    QHash<qint64, QTreeWidgetItem*> groups;
    QHash<qint64, RenditionText> texts;
    for (const Backlink& b : backlinks) {
        QTreeWidgetItem* group = groups.value(b.letterId);
        if (!group) {
            const std::optional<LetterRecord> letter = m_library->letter(b.letterId);
            if (!letter)
                continue;
            group = new QTreeWidgetItem(m_backlinks);
            group->setText(0, letterLabel(*letter));
            group->setToolTip(0, tr("%1: click to open it").arg(letter->displayTitle()));
            group->setData(0, LetterRole, b.letterId);
            group->setData(0, RenditionRole, 0);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            groups.insert(b.letterId, group);
        }
        auto it = texts.find(b.renditionId);
        if (it == texts.end())
            it = texts.insert(b.renditionId, RenditionText::load(*m_library, b.renditionId));
        auto* item = new QTreeWidgetItem(group);
        const QString passage =
            b.kind == Backlink::Link && b.end <= b.start ? b.text : passageAround(it->text(), b.start, b.end);
        item->setText(0,
                      TextWrap::wrapped(b.kind == Backlink::Link ? tr("Cross-reference: %1").arg(passage) : passage));
        QString tip =
            b.kind == Backlink::Link ? tr("A cross-reference made by hand") : tr("Refers to it as “%1”").arg(b.text);
        if (!b.note.isEmpty())
            tip += tr("\nNote: %1").arg(b.note);
        item->setToolTip(0, tip);
        item->setText(1, b.page > 0 ? QString::number(b.page) : QString());
        item->setData(1, Qt::AccessibleTextRole, tr("page %1").arg(b.page));
        item->setData(0, LetterRole, b.letterId);
        item->setData(0, RenditionRole, b.renditionId);
        item->setData(0, StartRole, b.start);
        item->setData(0, EndRole, b.end);
        item->setData(0, LinkRole, b.linkId);
    }
    m_backlinks->expandAll();
    const int letters = int(groups.size());
    m_backlinkStatus->setText(letters ? tr("%n document(s) refer to this one.", "", letters)
                                      : tr("No document in the library refers to this one."));
}

void ReferencesPanel::refreshOutgoing()
{
    m_outgoing->clear();
    if (!m_tab)
        return;
    const QList<ReferenceSpan>& spans = m_tab->referenceSpans();
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (int i = 0; i < spans.size(); ++i) {
        const ReferenceSpan& r = spans[i];
        auto* item = new QTreeWidgetItem(m_outgoing);
        item->setText(0, r.text.simplified());
        item->setData(0, Qt::AccessibleTextRole,
                      tr("%1: %2").arg(ReferenceSpan::kindLabel(r.kind), r.text.simplified()));
        item->setText(1, r.resolved() ? r.targetTitle : tr("Not in the library"));
        item->setToolTip(0, r.toolTip());
        item->setToolTip(1, r.toolTip());
        item->setData(0, IndexRole, i);
        item->setData(0, LinkRole, r.linkId);
        if (!r.resolved()) {
            item->setForeground(0, muted);
            item->setForeground(1, muted);
        }
    }
}

void ReferencesPanel::backlinkClicked(QTreeWidgetItem* item)
{
    if (!item)
        return;
    Q_EMIT passageRequested(item->data(0, LetterRole).toLongLong(), item->data(0, RenditionRole).toLongLong(),
                            item->data(0, StartRole).toLongLong(), item->data(0, EndRole).toLongLong());
}

void ReferencesPanel::outgoingClicked(QTreeWidgetItem* item)
{
    if (!item || !m_tab)
        return;
    const int index = item->data(0, IndexRole).toInt();
    if (index >= 0 && index < m_tab->referenceSpans().size())
        Q_EMIT referenceActivated(m_tab->referenceSpans().at(index));
}

void ReferencesPanel::contextMenu(QTreeWidget* view, const QPoint& pos)
{
    QTreeWidgetItem* item = view->itemAt(pos);
    const qint64 linkId = item ? item->data(0, LinkRole).toLongLong() : 0;
    if (!linkId)
        return;
    QMenu menu(this);
    menu.addAction(tr("&Remove Cross-Reference"), this, [this, linkId] { m_session->removeLink(linkId); });
    menu.exec(view->viewport()->mapToGlobal(pos));
}

} // namespace kl

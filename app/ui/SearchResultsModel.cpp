#include "SearchResultsModel.h"

#include "Translations.h"
#include "document/KindNames.h"
#include "library/Library.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace kl {

namespace {
// The snippet as plain text: what screen readers, tooltips and copy see.
QString plainSnippet(const SearchHit& h)
{
    return h.markedSnippet(QString(), QString());
}
} // namespace

SearchResultsModel::SearchResultsModel(const Library* library, QObject* parent)
    : QAbstractItemModel(parent)
    , m_library(library)
{
}

void SearchResultsModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_groups.clear();
    m_hitCount = 0;
    QHash<qint64, int> groupOf;
    for (const SearchHit& h : hits) {
        auto it = groupOf.find(h.letterId);
        if (it == groupOf.end()) {
            Group g;
            g.letterId = h.letterId;
            g.title = h.title;
            g.best = h.score;
            if (m_library) {
                if (const auto letter = m_library->letter(h.letterId)) {
                    const DocumentMetadata& m = letter->metadata;
                    g.citation = m.citation();
                    g.title = letter->displayTitle(); // as the tree shows it, not in the capitals of the print
                    // A document without a citation (the Regeerprogramma) is told apart by its kind and date.
                    if (g.citation.isEmpty() && h.kstId.isEmpty()) {
                        QStringList parts;
                        if (!m.kind.isEmpty())
                            parts.append(KindNames::label(m.kind));
                        if (m.date.isValid())
                            parts.append(Translations::longDate(m.date));
                        g.subtitle = parts.join(QStringLiteral(" · "));
                    }
                }
            }
            if (g.citation.isEmpty())
                g.citation = h.kstId;
            if (g.subtitle.isEmpty())
                g.subtitle = g.citation;
            it = groupOf.insert(h.letterId, int(m_groups.size()));
            m_groups.append(g);
        }
        Group& g = m_groups[*it];
        g.best = std::max(g.best, h.score);
        g.matches += h.matches;
        m_hitCount += h.matches;
        g.hits.append(h);
    }
    // Letters best first; inside a letter, its hits as they stand in it (page, then place), the hits in notes
    // after the text's, as a reader goes through the letter.
    for (Group& g : m_groups)
        std::stable_sort(g.hits.begin(), g.hits.end(), [](const SearchHit& a, const SearchHit& b) {
            return std::tuple(a.in, a.page, a.start) < std::tuple(b.in, b.page, b.start);
        });
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group& a, const Group& b) { return a.best > b.best; });
    endResetModel();
}

void SearchResultsModel::clear()
{
    setHits({});
}

const SearchHit* SearchResultsModel::hit(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return nullptr;
    const Group& g = m_groups.at(int(index.internalId() - 1));
    return &g.hits.at(index.row());
}

QModelIndex SearchResultsModel::firstHit() const
{
    if (m_groups.isEmpty() || m_groups.first().hits.isEmpty())
        return {};
    return index(0, 0, index(0, 0));
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    // Hit rows carry their letter's row + 1 as internal id; letter rows carry 0.
    if (parent.internalId() != 0 || parent.row() >= m_groups.size() || row >= m_groups.at(parent.row()).hits.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex SearchResultsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups.at(parent.row()).hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex& parent) const
{
    Q_UNUSED(parent);
    return 1;
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == 0)
        return letterData(m_groups.at(index.row()), role);
    return hitData(*hit(index), role);
}

QVariant SearchResultsModel::letterData(const Group& g, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return g.title.isEmpty() ? tr("Untitled document") : g.title;
    case Qt::ToolTipRole:
        return g.citation.isEmpty() ? g.title : g.title + QLatin1Char('\n') + g.citation;
    case Qt::AccessibleTextRole:
        return g.matches == 1 ? tr("%1, 1 hit").arg(g.title) : tr("%1, %2 hits").arg(g.title).arg(g.matches);
    case RowKindRole:
        return LetterRow;
    case LetterIdRole:
        return g.letterId;
    case HitCountRole:
        return g.matches;
    case CitationRole:
        return g.citation;
    case SubtitleRole:
        return g.subtitle;
    case RenditionIdRole:
    case AnnotationIdRole:
        return qint64(0);
    case IsNoteRole:
        return false;
    default:
        return {};
    }
}

QVariant SearchResultsModel::hitData(const SearchHit& h, int role) const
{
    const bool note = h.in == SearchHit::Note;
    switch (role) {
    case Qt::DisplayRole:
        return plainSnippet(h);
    case Qt::ToolTipRole:
        return (note ? tr("In your note, page %1") : tr("Page %1")).arg(h.page);
    case Qt::AccessibleTextRole:
        return (note ? tr("Note on page %1: %2") : tr("Page %1: %2")).arg(h.page).arg(plainSnippet(h));
    case RowKindRole:
        return HitRow;
    case LetterIdRole:
        return h.letterId;
    case RenditionIdRole:
        return note ? qint64(0) : h.renditionId;
    case AnnotationIdRole:
        return note ? h.annotationId : qint64(0);
    case PageRole:
        return h.page;
    case StartRole:
        return qint64(h.start);
    case EndRole:
        return qint64(h.end);
    case IsNoteRole:
        return note;
    case MarkedSnippetRole:
        return h.snippet;
    default:
        return {};
    }
}

} // namespace kl

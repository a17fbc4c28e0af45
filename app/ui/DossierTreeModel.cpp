#include "DossierTreeModel.h"

#include "Translations.h"
#include "document/KindNames.h"
#include "library/Library.h"
#include "metadata/DutchDate.h"

#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace kl {

namespace {
// Top-level rows carry internal id 0; a document row carries its group's row + 1, which is all parent()
// needs.
constexpr quintptr kTopLevel = 0;

QString groupKey(const Dossier& d)
{
    return QStringLiteral("d:%1:%2").arg(d.number, d.addition);
}
} // namespace

DossierTreeModel::DossierTreeModel(Library* library, QObject* parent)
    : QAbstractItemModel(parent)
    , m_library(library)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150);
    connect(&m_reloadTimer, &QTimer::timeout, this, &DossierTreeModel::reload);
    connect(m_library, &Library::changed, this, [this](const LibraryChange& change) {
        if (change.touches(LibraryChange::Letters) || change.touches(LibraryChange::Followed))
            scheduleReload();
    });
    build();
}

void DossierTreeModel::scheduleReload()
{
    m_reloadTimer.start();
}

void DossierTreeModel::reload()
{
    m_reloadTimer.stop();
    beginResetModel();
    build();
    endResetModel();
    Q_EMIT countsChanged();
}

void DossierTreeModel::setFilter(const QString& text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filter)
        return;
    m_filter = simplified;
    reload();
}

int DossierTreeModel::dossierCount() const
{
    int n = 0;
    for (const Group& g : m_groups)
        n += g.isDossier ? 1 : 0;
    return n;
}

void DossierTreeModel::build()
{
    m_groups.clear();
    m_letterCount = 0;
    if (!m_filter.isEmpty()) {
        buildFiltered();
        return;
    }
    for (const DossierRecord& d : m_library->dossiers()) {
        Group g;
        g.dossier = d;
        g.count = d.letterCount;
        m_groups.append(g);
    }
    m_letterCount = m_library->letterCount();
    // Documents without a dossier are few (beslisnota's, bijlagen): read them now to group them by kind.
    QList<Group> byKind;
    for (const LetterRecord& l : m_library->lettersWithoutDossier()) {
        if (byKind.isEmpty() || byKind.last().kind != l.metadata.kind) {
            Group g;
            g.isDossier = false;
            g.kind = l.metadata.kind;
            g.fetched = true;
            byKind.append(g);
        }
        byKind.last().letters.append(l);
        byKind.last().count++;
    }
    m_groups.append(byKind);
}

bool DossierTreeModel::matches(const LetterRecord& l) const
{
    const DocumentMetadata& m = l.metadata;
    for (const QString& field : {l.displayTitle(), m.kstId, m.citation(), m.sender, m.signatory, m.ondernummer,
                                 KindNames::label(m.kind), DutchDate::format(m.date), Translations::longDate(m.date)})
        if (field.contains(m_filter, Qt::CaseInsensitive))
            return true;
    return false;
}

void DossierTreeModel::buildFiltered()
{
    // Compare dossier numbers without their spaces: a reader types "36 450" as printed.
    const QString compact = QString(m_filter).remove(QLatin1Char(' '));
    QHash<QString, int> groupOf;
    for (const DossierRecord& d : m_library->dossiers()) {
        Group g;
        g.dossier = d;
        g.fetched = true;
        groupOf.insert(groupKey(d.dossier), int(m_groups.size()));
        m_groups.append(g);
    }
    auto dossierMatches = [&](const Dossier& d) {
        return QString(d.display()).remove(QLatin1Char(' ')).contains(compact, Qt::CaseInsensitive) ||
               d.title.contains(m_filter, Qt::CaseInsensitive);
    };
    // Library::letters() gives each letter once, in reading order within its first dossier; documents of the
    // same dossier keep that order here.
    QList<LetterRecord> all = m_library->letters();
    QList<Group> byKind;
    for (const LetterRecord& l : all) {
        bool inAny = false;
        for (const Dossier& d : l.metadata.dossiers) {
            const int gi = groupOf.value(groupKey(d), -1);
            if (gi < 0)
                continue;
            inAny = true;
            if (matches(l) || dossierMatches(m_groups[gi].dossier.dossier))
                m_groups[gi].letters.append(l);
        }
        if (!inAny && matches(l)) {
            auto it =
                std::find_if(byKind.begin(), byKind.end(), [&](const Group& g) { return g.kind == l.metadata.kind; });
            if (it == byKind.end()) {
                Group g;
                g.isDossier = false;
                g.kind = l.metadata.kind;
                g.fetched = true;
                byKind.append(g);
                it = byKind.end() - 1;
            }
            it->letters.append(l);
        }
    }
    QSet<qint64> counted;
    QList<Group> kept;
    for (Group& g : m_groups) {
        if (g.letters.isEmpty())
            continue;
        // A letter in two dossiers is filed under the first in Library::letters(); restore reading order.
        std::stable_sort(g.letters.begin(), g.letters.end(), [](const LetterRecord& a, const LetterRecord& b) {
            const QString& x = a.metadata.ondernummer;
            const QString& y = b.metadata.ondernummer;
            bool xn = false, yn = false;
            const qint64 xi = x.toLongLong(&xn), yi = y.toLongLong(&yn);
            if (xn != yn)
                return xn;
            if (xn)
                return xi < yi;
            return x.size() != y.size() ? x.size() < y.size() : x < y;
        });
        g.count = int(g.letters.size());
        kept.append(g);
    }
    std::stable_sort(byKind.begin(), byKind.end(), [](const Group& a, const Group& b) {
        return a.kind.isEmpty() != b.kind.isEmpty() ? !a.kind.isEmpty() : a.kind < b.kind;
    });
    for (Group& g : byKind) {
        g.count = int(g.letters.size());
        kept.append(g);
    }
    m_groups = kept;
    for (const Group& g : m_groups)
        for (const LetterRecord& l : g.letters)
            counted.insert(l.id);
    m_letterCount = int(counted.size());
}

QModelIndex DossierTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return {};
    if (row >= m_groups[parent.row()].letters.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex DossierTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int DossierTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].letters.size());
}

int DossierTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool DossierTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return !m_groups.isEmpty();
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return false;
    return m_groups[parent.row()].count > 0;
}

bool DossierTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (!parent.isValid() || parent.internalId() != kTopLevel || parent.column() != 0)
        return false;
    return !m_groups[parent.row()].fetched;
}

void DossierTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Group& g = m_groups[parent.row()];
    QList<LetterRecord> letters = m_library->lettersInDossier(g.dossier.id);
    g.fetched = true;
    if (letters.isEmpty())
        return;
    beginInsertRows(parent, 0, int(letters.size()) - 1);
    g.letters = std::move(letters);
    endInsertRows();
}

QVariant DossierTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel)
        return groupData(m_groups[index.row()], index.column(), role);
    const Group& g = m_groups[int(index.internalId() - 1)];
    return letterData(g.letters[index.row()], index.column(), role);
}

QIcon DossierTreeModel::followedIcon()
{
    // Drawn, not themed: the same small mark on every desktop (and offscreen), in the selection colour.
    static const QIcon icon = [] {
        QPixmap pixmap(16, 16);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QGuiApplication::palette().color(QPalette::Highlight));
        p.drawEllipse(QRectF(3, 3, 10, 10));
        p.setBrush(QGuiApplication::palette().color(QPalette::HighlightedText));
        p.drawEllipse(QRectF(6.5, 6.5, 3, 3));
        return QIcon(pixmap);
    }();
    return icon;
}

QVariant DossierTreeModel::groupData(const Group& g, int column, int role) const
{
    if (role == LetterIdRole)
        return qint64(0);
    if (role == GroupKeyRole)
        return g.isDossier ? groupKey(g.dossier.dossier) : QStringLiteral("k:%1").arg(g.kind);
    if (role == Qt::FontRole && column == TitleColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == FollowedRole)
        return g.isDossier && g.dossier.followed;
    if (role == DossierNumberRole)
        return g.isDossier ? g.dossier.dossier.display() : QString();
    if (role == Qt::DecorationRole && column == TitleColumn && g.isDossier && g.dossier.followed)
        return followedIcon();
    if (role == Qt::ToolTipRole && column == TitleColumn && g.isDossier && g.dossier.followed) {
        const QString followed = tr("Followed: Kamerlezer fetches its new documents (F5 checks now)");
        return g.dossier.unread > 0
                   ? tr("%1\n%n new document(s), in bold until opened", "", g.dossier.unread).arg(followed)
                   : followed;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case TitleColumn: {
        // The count in the title column: the other columns are narrow, and a count is part of the name.
        if (!g.isDossier)
            return tr("Without dossier: %1 (%2)").arg(KindNames::plural(g.kind)).arg(g.count);
        const QString count =
            g.dossier.unread > 0 ? tr("%1, %2 new").arg(g.count).arg(g.dossier.unread) : QString::number(g.count);
        if (g.dossier.dossier.title.isEmpty())
            return tr("%1 (%2)").arg(g.dossier.dossier.display(), count);
        return tr("%1 %2 (%3)").arg(g.dossier.dossier.display(), g.dossier.dossier.title, count);
    }
    case KindColumn:
        return role == Qt::DisplayRole ? QVariant() : QVariant(tr("%n document(s)", "", g.count));
    default:
        return {};
    }
}

QVariant DossierTreeModel::letterData(const LetterRecord& l, int column, int role) const
{
    const DocumentMetadata& m = l.metadata;
    if (role == LetterIdRole)
        return l.id;
    if (role == GroupKeyRole)
        return {};
    if (column == AnnotationsColumn) {
        const int n = m_annotationCounts.value(l.id);
        if (role == Qt::DisplayRole)
            return n ? QVariant(n) : QVariant();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("%n annotation(s)", "", n);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (column == CitedByColumn) {
        const int n = m_citingCounts.value(l.id);
        if (role == Qt::DisplayRole)
            return n ? QVariant(n) : QVariant();
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Cited by %n document(s)", "", n);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::FontRole && (l.unread || l.withdrawn)) {
        QFont f;
        f.setBold(l.unread);
        f.setStrikeOut(l.withdrawn);
        return f;
    }
    if (role == Qt::ForegroundRole && l.withdrawn)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && column == KindColumn && !m.kind.isEmpty())
        return KindNames::label(m.kind); // the column has the short name
    if (role == Qt::ToolTipRole) {
        const QString citation = m.citation();
        QString tip = citation.isEmpty() ? l.displayTitle() : citation;
        if (l.unread)
            tip += QLatin1Char('\n') + tr("New: fetched since you last looked");
        if (l.withdrawn)
            tip += QLatin1Char('\n') + tr("Withdrawn by the Tweede Kamer; kept here with your annotations");
        return tip;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case TitleColumn:
        if (m.ondernummer.isEmpty())
            return l.displayTitle();
        // Tweede Kamer documents are "nr. 3274"; Eerste Kamer documents are known by a letter ("C").
        if (m.ondernummer.front().isDigit())
            return tr("nr. %1 %2").arg(m.ondernummer, l.displayTitle());
        return tr("%1 %2").arg(m.ondernummer, l.displayTitle());
    case KindColumn:
        return m.kind.isEmpty() ? QString() : KindNames::brief(m.kind);
    case DateColumn:
        return Translations::longDate(m.date);
    default:
        return {};
    }
}

void DossierTreeModel::setAnnotationCounts(const QHash<qint64, int>& counts)
{
    if (counts == m_annotationCounts)
        return;
    m_annotationCounts = counts;
    countColumnChanged(AnnotationsColumn);
}

void DossierTreeModel::setCitingCounts(const QHash<qint64, int>& counts)
{
    if (counts == m_citingCounts)
        return;
    m_citingCounts = counts;
    countColumnChanged(CitedByColumn);
}

void DossierTreeModel::countColumnChanged(int column)
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const int n = int(m_groups[g].letters.size());
        if (n == 0)
            continue;
        const QModelIndex parent = index(g, 0);
        Q_EMIT dataChanged(index(0, column, parent), index(n - 1, column, parent));
    }
}

QVariant DossierTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Document");
    case KindColumn:
        return tr("Kind");
    case DateColumn:
        return tr("Date");
    case AnnotationsColumn:
        return tr("Notes");
    case CitedByColumn:
        return tr("Cited by");
    default:
        return {};
    }
}

Qt::ItemFlags DossierTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kTopLevel)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace kl

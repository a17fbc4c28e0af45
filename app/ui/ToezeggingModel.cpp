#include "ToezeggingModel.h"

#include "library/Library.h"
#include "toezeggingen/ToezeggingStore.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace kl {

ToezeggingModel::ToezeggingModel(Library& library, const ToezeggingStore& store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_library(library)
    , m_store(store)
{
    connect(&library, &Library::changed, this, &ToezeggingModel::libraryChanged);
    reload();
}

void ToezeggingModel::setDossier(const QString& dossier)
{
    if (dossier == m_dossier)
        return;
    m_dossier = dossier;
    reload();
}

void ToezeggingModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    reload();
}

void ToezeggingModel::setToday(const QDate& today)
{
    m_today = today;
    reload();
}

void ToezeggingModel::libraryChanged(const LibraryChange& change)
{
    if (change.touches(LibraryChange::Toezeggingen) || change.touches(LibraryChange::Letters))
        reload();
}

bool ToezeggingModel::shown(const Toezegging& t) const
{
    switch (m_show) {
    case Show::Open:
        return t.isOpen();
    case Show::DueSoon:
        return t.isDueSoon(m_today);
    case Show::Overdue:
        return t.isOverdue(m_today);
    case Show::Kept:
        return t.status == Toezegging::Status::Kept;
    case Show::All:
        return true;
    }
    return true;
}

void ToezeggingModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_titles.clear();
    ToezeggingRepository::Filter filter;
    filter.dossier = m_dossier;
    for (const Toezegging& t : m_store.list(filter)) {
        if (!shown(t))
            continue;
        m_rows.append(t);
        QList<qint64> letters{t.letterId};
        for (const ToezeggingFulfilment& f : t.keptBy)
            letters.append(f.letterId);
        for (qint64 id : letters)
            if (id && !m_titles.contains(id))
                if (const std::optional<LetterRecord> letter = m_library.letter(id))
                    m_titles.insert(id, letter->displayTitle());
    }
    endResetModel();
}

const Toezegging* ToezeggingModel::at(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() ? &m_rows[index.row()] : nullptr;
}

QModelIndex ToezeggingModel::indexOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return index(row, 0);
    return {};
}

int ToezeggingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ToezeggingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ToezeggingModel::stateText(const Toezegging& t) const
{
    if (t.isOverdue(m_today))
        return tr("Overdue");
    if (t.isDueSoon(m_today))
        return tr("Due soon");
    switch (t.status) {
    case Toezegging::Status::Open:
        return tr("Open");
    case Toezegging::Status::PartlyKept:
        return tr("Partly kept");
    case Toezegging::Status::Kept:
        return tr("Kept");
    case Toezegging::Status::Lapsed:
        return tr("Lapsed");
    case Toezegging::Status::Dismissed:
        return tr("Dismissed");
    }
    return {};
}

QString ToezeggingModel::whereText(const Toezegging& t) const
{
    if (!t.number.isEmpty())
        return t.activity.isEmpty() ? t.number : tr("%1, %2").arg(t.number, t.activity);
    return m_titles.value(t.letterId);
}

QVariant ToezeggingModel::data(const QModelIndex& index, int role) const
{
    const Toezegging* t = at(index);
    if (!t)
        return {};
    if (role == IdRole)
        return t->id;
    const QLocale locale;
    switch (index.column()) {
    case State:
        if (role == Qt::DisplayRole)
            return stateText(*t);
        if (role == SortRole)
            return t->isOverdue(m_today) ? 0 : t->isDueSoon(m_today) ? 1 : t->isOpen() ? 2 : 3;
        if (role == Qt::ForegroundRole && t->isOverdue(m_today))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        break;
    case Deadline:
        if (role == Qt::DisplayRole)
            return t->due.isValid()              ? locale.toString(t->due, QLocale::ShortFormat)
                   : t->deadlinePhrase.isEmpty() ? tr("none")
                                                 : t->deadlinePhrase;
        if (role == SortRole)
            return t->due.isValid() ? t->due.toString(Qt::ISODate) : QStringLiteral("9999");
        if (role == Qt::ToolTipRole && !t->deadlinePhrase.isEmpty())
            return tr("“%1”").arg(t->deadlinePhrase);
        break;
    case Text:
        if (role == Qt::DisplayRole || role == SortRole)
            return t->text;
        if (role == Qt::ToolTipRole) {
            QStringList lines{t->text, tr("Made in %1").arg(whereText(*t))};
            if (!t->who.isEmpty())
                lines.append(tr("By %1").arg(t->who));
            if (!t->madeTo.isEmpty())
                lines.append(tr("Made to %1").arg(t->madeTo));
            for (const ToezeggingFulfilment& f : t->keptBy)
                lines.append(tr("Kept by %1").arg(f.letterId ? m_titles.value(f.letterId) : f.documentNumber));
            return lines.join(QLatin1Char('\n'));
        }
        break;
    case Who:
        if (role == Qt::DisplayRole || role == SortRole)
            return t->who;
        break;
    case Where:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return whereText(*t);
        break;
    case DossierColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return t->dossier;
        break;
    default:
        break;
    }
    return {};
}

QVariant ToezeggingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Deadline:
        return tr("Deadline");
    case Text:
        return tr("Toezegging");
    case Who:
        return tr("By");
    case Where:
        return tr("Made in");
    case DossierColumn:
        return tr("Dossier");
    default:
        return {};
    }
}

} // namespace kl

#pragma once

#include "library/LibraryChange.h"
#include "toezeggingen/Toezegging.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace kl {

class Library;
class ToezeggingStore;

// The toezeggingen of one dossier or of the whole library as a table for the Toezeggingen dock: state (overdue,
// due soon, open, kept), deadline, the commitment, who made it, where (the letter, or the register's number and
// debate) and the dossier. Reads the store again when the library says toezeggingen or letters changed.
class ToezeggingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { State, Deadline, Text, Who, Where, DossierColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };
    // Which ones are listed.
    enum class Show { Open, DueSoon, Overdue, Kept, All };

    ToezeggingModel(Library& library, const ToezeggingStore& store, QObject* parent = nullptr);

    void setDossier(const QString& dossier); // empty: the whole library
    void setShow(Show show);
    // What "overdue" and "due soon" are measured from; today unless a test says otherwise.
    void setToday(const QDate& today);
    void reload();

    const Toezegging* at(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void libraryChanged(const LibraryChange& change);
    bool shown(const Toezegging& t) const;
    QString stateText(const Toezegging& t) const;
    QString whereText(const Toezegging& t) const;

    Library& m_library;
    const ToezeggingStore& m_store;
    QString m_dossier;
    Show m_show = Show::Open;
    QDate m_today = QDate::currentDate();
    QList<Toezegging> m_rows;
    QHash<qint64, QString> m_titles; // letter id -> title, for the Where column
};

} // namespace kl

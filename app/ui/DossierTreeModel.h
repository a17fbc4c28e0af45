#pragma once

#include "library/DossierRecord.h"
#include "library/LetterRecord.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QTimer>

namespace kl {

class Library;

// The library as a tree: dossiers with their documents in reading order, then the documents without a dossier
// grouped by kind. Only the dossier list is read up front; a dossier's documents are read when the view asks
// for them (canFetchMore/fetchMore), so a library of thousands of letters opens at once. A filter switches to
// one full read, because matching documents can be anywhere.
class DossierTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, KindColumn, DateColumn, AnnotationsColumn, CitedByColumn, ColumnCount };
    enum Role {
        LetterIdRole = Qt::UserRole + 1, // qint64 on document rows, 0 on group rows
        GroupKeyRole,                    // stable key of a group row ("d:36450:", "k:brief"), to keep it open
        FollowedRole,                    // bool on dossier rows: the user follows it
        DossierNumberRole,               // "36600 VI" on dossier rows
    };

    explicit DossierTreeModel(Library* library, QObject* parent = nullptr);

    void setFilter(const QString& text);
    // How many annotations each letter has (by letter id), shown in AnnotationsColumn.
    void setAnnotationCounts(const QHash<qint64, int>& counts);
    int annotationCount(qint64 letterId) const { return m_annotationCounts.value(letterId); }
    // How many letters cite each letter (BacklinkFinder::citingCounts), shown in CitedByColumn.
    void setCitingCounts(const QHash<qint64, int>& counts);
    int citingCount(qint64 letterId) const { return m_citingCounts.value(letterId); }
    QString filter() const { return m_filter; }
    int groupCount() const { return int(m_groups.size()); }
    int dossierCount() const;
    // Documents in the library (or matching the filter), each counted once.
    int letterCount() const { return m_letterCount; }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

public Q_SLOTS:
    // Reads the library again. A change to the letters (one notice per import, or per file stored outside a
    // batch) schedules it for a quiet moment, so a run of changes rebuilds the tree once.
    void reload();
    void scheduleReload();

Q_SIGNALS:
    void countsChanged();

private:
    struct Group {
        bool isDossier = true;
        DossierRecord dossier; // for dossier groups
        QString kind;          // for groups of documents without a dossier
        int count = 0;         // documents in the group, known before they are read
        bool fetched = false;
        QList<LetterRecord> letters;
    };

    void build();
    void countColumnChanged(int column);
    void buildFiltered();
    QVariant groupData(const Group& g, int column, int role) const;
    static QIcon followedIcon();
    QVariant letterData(const LetterRecord& l, int column, int role) const;
    bool matches(const LetterRecord& l) const;

    Library* m_library;
    QString m_filter;
    QList<Group> m_groups;
    int m_letterCount = 0;
    QTimer m_reloadTimer;
    QHash<qint64, int> m_annotationCounts;
    QHash<qint64, int> m_citingCounts;
};

} // namespace kl

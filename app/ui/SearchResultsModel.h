#pragma once

#include "search/SearchHit.h"

#include <QAbstractItemModel>
#include <QList>

namespace kl {

class Library;

// Search results as a two-level tree: one row per letter (title, citation, number of hits), its hits under it
// (page, note marker, snippet). One column. Letters come best first, ranked by their best hit, and so do the
// hits inside a letter: the first hit of the first letter is the best hit of the search, which is what Enter in
// the query box opens.
class SearchResultsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum RowKind { LetterRow, HitRow };
    enum Role {
        RowKindRole = Qt::UserRole + 1, // RowKind
        LetterIdRole,                   // qint64, on both kinds of rows
        RenditionIdRole,                // qint64, hits in the text; 0 for note hits and letter rows
        AnnotationIdRole,               // qint64, note hits; 0 otherwise
        PageRole,                       // int, 1-based, hits
        StartRole,                      // qsizetype, the passage's offsets in the rendition text, hits
        EndRole,                        //
        IsNoteRole,                     // bool, hits found in the user's notes
        MarkedSnippetRole,              // QString with SearchHit::kHitStart/kHitEnd around the hit words
        HitCountRole,                   // int, letter rows
        CitationRole,                   // QString, letter rows: citation, else the kstId, else empty
        SubtitleRole,                   // QString, letter rows: the citation, or kind and date when there is none
    };

    // `library`, when given, supplies each letter's citation; without it the kstId is shown.
    explicit SearchResultsModel(const Library* library = nullptr, QObject* parent = nullptr);

    // Replaces the results (a model reset: a new search is a new list, not an edit of the old one).
    void setHits(const QList<SearchHit>& hits);
    void clear();

    int letterCount() const { return int(m_groups.size()); }
    int hitCount() const { return m_hitCount; }
    // The hit on a hit row, nullptr on letter rows and invalid indexes.
    const SearchHit* hit(const QModelIndex& index) const;
    // The first hit row (the best hit), invalid when there are no results.
    QModelIndex firstHit() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Group {
        qint64 letterId = 0;
        QString title;
        QString citation;
        QString subtitle;
        double best = 0;
        int matches = 0; // the words' occurrences in all its hits
        QList<SearchHit> hits;
    };

    QVariant letterData(const Group& g, int role) const;
    QVariant hitData(const SearchHit& h, int role) const;

    const Library* m_library;
    QList<Group> m_groups;
    int m_hitCount = 0;
};

} // namespace kl

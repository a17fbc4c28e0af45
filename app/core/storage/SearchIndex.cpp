#include "SearchIndex.h"

#include "Database.h"
#include "LetterRepository.h"
#include "search/PassageSplitter.h"

#include <QRegularExpression>

#include <algorithm>

namespace kl {

namespace {

// The WHERE terms (each beginning with AND) that keep the letters the query's filters name; `l` is the letter.
QString letterFilter(const SearchQuery& query, QVariantList& binds)
{
    QString where;
    if (!query.dossier.trimmed().isEmpty()) {
        static const QRegularExpression parts(QStringLiteral("^(\\d{2}) ?(\\d{3})(?:[ -]?([A-Z]+|\\d{1,2}))?$"));
        const auto m = parts.match(query.dossier.trimmed());
        where += QStringLiteral(" AND l.id IN (SELECT ld.letter_id FROM letter_dossiers ld JOIN dossiers d ON "
                                "d.id = ld.dossier_id WHERE d.number = ?");
        binds.append(m.hasMatch() ? m.captured(1) + m.captured(2) : query.dossier.trimmed());
        if (m.hasMatch() && !m.captured(3).isEmpty()) {
            where += QStringLiteral(" AND d.addition = ?");
            binds.append(m.captured(3));
        }
        where += QLatin1Char(')');
    }
    auto add = [&](bool when, const char* term, const QVariant& value) {
        if (!when)
            return;
        where += QLatin1String(term);
        binds.append(value);
    };
    add(!query.kind.isEmpty(), " AND l.kind = ?", query.kind);
    add(!query.vergaderjaar.isEmpty(), " AND l.vergaderjaar = ?", query.vergaderjaar);
    add(query.from.isValid(), " AND l.date >= ?", query.from.toString(Qt::ISODate));
    add(query.to.isValid(), " AND l.date <= ?", query.to.toString(Qt::ISODate));
    add(!query.sender.trimmed().isEmpty(), " AND l.sender LIKE ?",
        QLatin1Char('%') + query.sender.trimmed() + QLatin1Char('%'));
    return where;
}

// Every place the words stand in the passage is marked; words that follow each other ("omvangrijkste pakket")
// are one place to a reader, so a mark that starts right after another ends does not count again.
int placesMarked(const QString& marked)
{
    int places = 0;
    bool afterMark = false;
    for (const QChar c : marked) {
        if (c == SearchHit::kHitStart) {
            places += afterMark ? 0 : 1;
        } else if (c == SearchHit::kHitEnd) {
            afterMark = true;
        } else if (!c.isSpace() && !c.isPunct()) {
            afterMark = false;
        }
    }
    return places;
}

} // namespace

SearchIndex::SearchIndex(Database& db)
    : m_db(db)
{
}

Result<void> SearchIndex::indexRendition(qint64 letterId, qint64 renditionId, const QStringList& pages)
{
    QList<QVariantList> rows;
    qsizetype pageStart = 0;
    const QList<QList<RunningHeaders::Range>> running = RunningHeaders::perPage(pages);
    for (int i = 0; i < pages.size(); ++i) {
        const QString& page = pages[i];
        for (const PassageSplitter::Passage& p : PassageSplitter::split(page, running[i]))
            rows.append({letterId, renditionId, i + 1, qint64(pageStart + p.start), qint64(pageStart + p.end),
                         page.mid(p.start, p.end - p.start)});
        pageStart += page.size() + 1; // the form feed between pages
    }
    return m_db.runEach(
        QStringLiteral(
            "INSERT INTO passages (letter_id, rendition_id, page, start, end, text) VALUES (?, ?, ?, ?, ?, ?)"),
        rows);
}

Result<void> SearchIndex::reindexRendition(qint64 letterId, qint64 renditionId, const QStringList& pages)
{
    if (Result<void> clear = m_db.execute(QStringLiteral("DELETE FROM passages WHERE rendition_id = ?"), {renditionId});
        !clear)
        return clear;
    return indexRendition(letterId, renditionId, pages);
}

Result<void> SearchIndex::rebuildPassages()
{
    // The triggers take every deleted passage out of passages_fts as well.
    if (Result<void> clear = m_db.execute(QStringLiteral("DELETE FROM passages")); !clear)
        return clear;
    return LetterRepository(m_db).forEachRendition(
        [this](const LetterRepository::StoredRendition& r, const QStringList& pages) {
            return indexRendition(r.letterId, r.id, pages);
        });
}

Result<QList<SearchHit>> SearchIndex::hits(const QString& select, const QString& fts, const SearchQuery& filter,
                                           int limit, SearchHit::Source source) const
{
    QVariantList binds{fts};
    const QString where = letterFilter(filter, binds);
    binds.append(limit);
    return m_db.list<SearchHit>(select + where + QStringLiteral(" ORDER BY rank LIMIT ?"), binds,
                                [source](const Row& row) {
                                    SearchHit h;
                                    h.letterId = row.id("letter_id");
                                    h.kstId = row.text("kst_id");
                                    h.title = row.text("title");
                                    h.in = source;
                                    (source == SearchHit::Text ? h.renditionId : h.annotationId) = row.id("item");
                                    h.page = std::max(1, row.integer("page"));
                                    h.start = row.id("start");
                                    h.end = row.id("end");
                                    h.snippet = row.text("snippet").simplified();
                                    h.matches = std::max(1, placesMarked(row.text("marked")));
                                    h.score = -row.value("rank").toDouble();
                                    return h;
                                });
}

Result<QList<SearchHit>> SearchIndex::passages(const QString& fts, const SearchQuery& filter, int limit) const
{
    // One rendition per letter is enough to find it: the primary one, which is also what `show` reports.
    return hits(QStringLiteral("SELECT p.letter_id AS letter_id, l.kst_id AS kst_id, "
                               "coalesce(l.title, r.original_name) AS title, p.rendition_id AS item, p.page AS page, "
                               "p.start AS start, p.end AS end, "
                               "snippet(passages_fts, 0, char(2), char(3), '…', 24) AS snippet, "
                               "highlight(passages_fts, 0, char(2), char(3)) AS marked, "
                               "bm25(passages_fts) AS rank "
                               "FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
                               "JOIN letters l ON l.id = p.letter_id JOIN renditions r ON r.id = p.rendition_id "
                               "WHERE passages_fts MATCH ? AND p.rendition_id = ") +
                    LetterRepository::primaryRenditionOf(QStringLiteral("p.letter_id")),
                fts, filter, limit, SearchHit::Text);
}

Result<QList<SearchHit>> SearchIndex::notes(const QString& fts, const SearchQuery& filter, int limit) const
{
    return hits(QStringLiteral("SELECT a.letter_id AS letter_id, l.kst_id AS kst_id, coalesce(l.title, (SELECT "
                               "original_name FROM renditions WHERE id = %1)) AS title, a.id AS item, a.page AS page, "
                               "a.start AS start, a.end AS end, "
                               "snippet(notes_fts, -1, char(2), char(3), '…', 24) AS snippet, "
                               "snippet(notes_fts, -1, char(2), char(3), '', 64) AS marked, "
                               "bm25(notes_fts) AS rank FROM notes_fts JOIN annotations a ON a.id = notes_fts.rowid "
                               "JOIN letters l ON l.id = a.letter_id WHERE notes_fts MATCH ?")
                    .arg(LetterRepository::primaryRenditionOf(QStringLiteral("l.id"))),
                fts, filter, limit, SearchHit::Note);
}

Result<QStringList> SearchIndex::rarestTerms(const QStringList& terms, int limit) const
{
    if (terms.isEmpty())
        return QStringList();
    if (Result<void> vocab = m_db.execute(QStringLiteral(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_vocab USING fts5vocab(main, passages_fts, row)"));
        !vocab)
        return vocab.error();
    QStringList placeholders;
    QVariantList binds;
    for (const QString& t : terms) {
        placeholders.append(QStringLiteral("?"));
        binds.append(t);
    }
    binds.append(limit);
    return m_db.list<QString>(QStringLiteral("SELECT term FROM temp.passages_vocab WHERE term IN (%1) "
                                             "ORDER BY doc LIMIT ?")
                                  .arg(placeholders.join(QLatin1Char(','))),
                              binds, [](const Row& r) { return r.text("term"); });
}

} // namespace kl

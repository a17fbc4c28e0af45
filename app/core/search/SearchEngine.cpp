#include "SearchEngine.h"

#include "FtsQuery.h"
#include "library/Library.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kl {

SearchEngine::SearchEngine(const Library& library)
    : m_library(library)
{
}

QString SearchEngine::letterFilter(const SearchQuery& query, QVariantList& binds)
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
    if (!query.kind.isEmpty()) {
        where += QStringLiteral(" AND l.kind = ?");
        binds.append(query.kind);
    }
    if (!query.vergaderjaar.isEmpty()) {
        where += QStringLiteral(" AND l.vergaderjaar = ?");
        binds.append(query.vergaderjaar);
    }
    if (query.from.isValid()) {
        where += QStringLiteral(" AND l.date >= ?");
        binds.append(query.from.toString(Qt::ISODate));
    }
    if (query.to.isValid()) {
        where += QStringLiteral(" AND l.date <= ?");
        binds.append(query.to.toString(Qt::ISODate));
    }
    if (!query.sender.trimmed().isEmpty()) {
        where += QStringLiteral(" AND l.sender LIKE ?");
        binds.append(QLatin1Char('%') + query.sender.trimmed() + QLatin1Char('%'));
    }
    return where;
}

QList<SearchHit> SearchEngine::runHitQuery(const QString& select, const QString& fts, const SearchQuery& query,
                                           int limit, SearchHit::Source source, QString* error) const
{
    QVariantList binds{fts};
    const QString filter = letterFilter(query, binds);
    binds.append(limit);
    QSqlQuery q(m_library.database());
    q.setForwardOnly(true);
    q.prepare(select + filter + QStringLiteral(" ORDER BY rank LIMIT ?"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    QList<SearchHit> hits;
    if (!q.exec()) {
        if (error)
            *error = q.lastError().databaseText();
        return hits;
    }
    // Both selects give: letter, kstId, title, rendition or annotation, page, start, end, snippet, rank.
    while (q.next()) {
        SearchHit h;
        h.letterId = q.value(0).toLongLong();
        h.kstId = q.value(1).toString();
        h.title = q.value(2).toString();
        h.in = source;
        (source == SearchHit::Text ? h.renditionId : h.annotationId) = q.value(3).toLongLong();
        h.page = std::max(1, q.value(4).toInt());
        h.start = q.value(5).toLongLong();
        h.end = q.value(6).toLongLong();
        h.snippet = q.value(7).toString().simplified();
        h.score = -q.value(8).toDouble();
        hits.append(h);
    }
    return hits;
}

QList<SearchHit> SearchEngine::searchPassages(const QString& fts, const SearchQuery& query, int limit,
                                              QString* error) const
{
    // One rendition per letter is enough to find it: the first one, which is also what `show` reports.
    return runHitQuery(
        QStringLiteral("SELECT p.letter_id, l.kst_id, coalesce(l.title, r.original_name), p.rendition_id, p.page, "
                       "p.start, p.end, snippet(passages_fts, 0, char(2), char(3), '…', 24), "
                       "bm25(passages_fts) AS rank "
                       "FROM passages_fts JOIN passages p ON p.id = passages_fts.rowid "
                       "JOIN letters l ON l.id = p.letter_id JOIN renditions r ON r.id = p.rendition_id "
                       "WHERE passages_fts MATCH ? AND p.rendition_id = "
                       "(SELECT min(id) FROM renditions WHERE letter_id = p.letter_id)"),
        fts, query, limit, SearchHit::Text, error);
}

QList<SearchHit> SearchEngine::searchNotes(const QString& fts, const SearchQuery& query, int limit,
                                           QString* error) const
{
    return runHitQuery(
        QStringLiteral("SELECT a.letter_id, l.kst_id, coalesce(l.title, (SELECT original_name FROM renditions "
                       "WHERE letter_id = l.id ORDER BY id LIMIT 1)), a.id, a.page, a.start, a.end, "
                       "snippet(notes_fts, -1, char(2), char(3), '…', 24), bm25(notes_fts) AS rank "
                       "FROM notes_fts JOIN annotations a ON a.id = notes_fts.rowid "
                       "JOIN letters l ON l.id = a.letter_id WHERE notes_fts MATCH ?"),
        fts, query, limit, SearchHit::Note, error);
}

QList<SearchHit> SearchEngine::search(const SearchQuery& query, int limit, QString* error) const
{
    const QString fts = FtsQuery::translate(query.text);
    if (fts.isEmpty())
        return {};
    QList<SearchHit> hits;
    if (!query.onlyNotes)
        hits = searchPassages(fts, query, limit, error);
    if (query.includeNotes || query.onlyNotes)
        hits += searchNotes(fts, query, limit, error);
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

QList<SearchHit> SearchEngine::similar(const QString& text, qint64 excludeLetter, int limit) const
{
    // The passage's words as the index spells them (lower case, no diacritics), OR-ed; only the rarest dozen count:
    // common words ("het", "van") make the query slow and the ranking no better.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]{3,}"));
    QStringList terms;
    for (auto it = word.globalMatch(text.normalized(QString::NormalizationForm_D)); it.hasNext();) {
        QString w = it.next().captured(0).toLower();
        w.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
        if (!terms.contains(w))
            terms.append(w);
    }
    if (terms.isEmpty())
        return {};
    QSqlDatabase db = m_library.database();
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.passages_vocab USING fts5vocab(main, passages_fts, row)"));
    QStringList placeholders;
    for (int i = 0; i < terms.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    q.prepare(QStringLiteral("SELECT term FROM temp.passages_vocab WHERE term IN (%1) ORDER BY doc LIMIT 12")
                  .arg(placeholders.join(QLatin1Char(','))));
    for (const QString& t : terms)
        q.addBindValue(t);
    QStringList rare;
    if (q.exec())
        while (q.next())
            rare.append(QLatin1Char('"') + q.value(0).toString() + QLatin1Char('"'));
    if (rare.isEmpty())
        return {};
    QList<SearchHit> hits = searchPassages(rare.join(QStringLiteral(" OR ")), SearchQuery{}, limit + 20, nullptr);
    hits.erase(
        std::remove_if(hits.begin(), hits.end(), [&](const SearchHit& h) { return h.letterId == excludeLetter; }),
        hits.end());
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

} // namespace kl

#include "LetterMerger.h"

#include "Library.h"

#include "storage/Database.h"

namespace kl {

LetterMerger::LetterMerger(Library& library)
    : m_library(library)
{
}

Result<MergedLetters> LetterMerger::merge(qint64 keep, qint64 other)
{
    if (keep == other)
        return Error::invalid(QStringLiteral("a letter cannot be merged with itself"));
    for (qint64 id : {keep, other})
        if (!m_library.letter(id))
            return Error::notFound(QStringLiteral("no letter %1 in the library").arg(id));
    Database& db = m_library.database();
    MergedLetters merged;
    merged.kept = keep;
    merged.merged = other;
    {
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.error();
        for (auto [id, rows] : {std::pair{keep, &merged.keptRows}, std::pair{other, &merged.mergedRows}}) {
            Result<RowSnapshot> snapshot = RowSnapshot::capture(db, QStringLiteral("letters"), id);
            if (!snapshot)
                return snapshot.error();
            *rows = std::move(snapshot).value();
        }
        // Every column that points at a letter, read from the schema: a table added later moves along too.
        const Result<QList<std::pair<QString, QString>>> columns = db.list<std::pair<QString, QString>>(
            QStringLiteral("SELECT m.name AS t, f.\"from\" AS c FROM sqlite_master m, "
                           "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = 'letters'"),
            {}, [](const Row& r) {
                return std::pair{r.text("t"), r.text("c")};
            });
        if (!columns)
            return columns.error();
        for (const auto& [table, column] : *columns) {
            // OR IGNORE: a row the kept letter has already (its unread mark, its official record) stays its own;
            // the other's goes with the other letter.
            const QString sql =
                QStringLiteral("UPDATE OR IGNORE \"%1\" SET \"%2\" = ? WHERE \"%2\" = ?").arg(table, column);
            if (Result<void> r = db.execute(sql, {keep, other}); !r)
                return r.error();
        }
        if (Result<void> r =
                db.execute(QStringLiteral("DELETE FROM links WHERE from_letter = ? AND to_letter = ?"), {keep, keep});
            !r)
            return r.error();
        if (Result<void> r = db.execute(QStringLiteral("DELETE FROM letters WHERE id = ?"), {other}); !r)
            return r.error();
        if (Result<void> r = transaction.commit(); !r)
            return r.error();
    }
    m_library.notify({LibraryChange::Letters | LibraryChange::Annotations | LibraryChange::Links, {keep, other}});
    return merged;
}

Result<void> LetterMerger::undo(const MergedLetters& merged)
{
    Database& db = m_library.database();
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    // The merged letter holds rows of both: it goes whole, and both come back as they were. A link between the
    // two is in both snapshots and points at both letters: its foreign keys are checked at the commit, when both
    // are back, and the second snapshot leaves it as the first put it.
    if (Result<void> r = db.execute(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !r)
        return r;
    if (Result<void> r = db.execute(QStringLiteral("DELETE FROM letters WHERE id = ?"), {merged.kept}); !r)
        return r;
    if (Result<void> r = merged.keptRows.restore(db); !r)
        return r;
    if (Result<void> r = merged.mergedRows.restore(db, RowSnapshot::Existing::Skip); !r)
        return r;
    if (Result<void> r = transaction.commit(); !r)
        return r;
    m_library.notify(
        {LibraryChange::Letters | LibraryChange::Annotations | LibraryChange::Links, {merged.kept, merged.merged}});
    return {};
}

} // namespace kl

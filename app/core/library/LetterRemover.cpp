#include "LetterRemover.h"
#include "storage/StoredFileName.h"

#include "Library.h"
#include "StoredTime.h"

#include "storage/Database.h"
#include "storage/KeptAnnotationRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kl {

namespace {

constexpr auto kRemovedFolder = "removed";

int countOf(const Database& db, const QString& sql, const QVariantList& binds)
{
    const Result<QVariant> n = db.scalar(sql, binds);
    return n ? n->toInt() : 0;
}

} // namespace

LetterRemover::LetterRemover(Library& library)
    : m_library(library)
{
}

QString LetterRemover::copyPath(const QString& file) const
{
    return StoredFileName::path(m_library.folder(), file);
}

QString LetterRemover::removedPath(const QString& file) const
{
    if (!StoredFileName::isPlain(file))
        return {};
    return m_library.folder() + QStringLiteral("/files/%1/").arg(QLatin1String(kRemovedFolder)) + file;
}

Result<LetterRemover::Contents> LetterRemover::contents(qint64 letterId) const
{
    const Database& db = m_library.database();
    Contents c;
    c.annotations = countOf(db, QStringLiteral("SELECT count(*) FROM annotations WHERE letter_id = ?"), {letterId});
    c.links = countOf(db, QStringLiteral("SELECT count(*) FROM links WHERE from_letter = ? OR to_letter = ?"),
                      {letterId, letterId});
    return c;
}

Result<RemovedLetter> LetterRemover::remove(qint64 letterId, Annotations annotations)
{
    Database& db = m_library.database();
    const std::optional<LetterRecord> letter = m_library.letter(letterId);
    if (!letter)
        return Error::notFound(QStringLiteral("no letter %1 in the library").arg(letterId));
    RemovedLetter removed;
    removed.letterId = letterId;
    removed.title = letter->displayTitle();
    {
        Transaction transaction(db);
        if (!transaction.ok())
            return transaction.error();
        Result<RowSnapshot> rows = RowSnapshot::capture(db, QStringLiteral("letters"), letterId);
        if (!rows)
            return rows.error();
        removed.rows = std::move(rows).value();
        const RowSnapshot::Table* letters = removed.rows.table(QStringLiteral("letters"));
        removed.key = letters->rows.first()[letters->columns.indexOf(QStringLiteral("key"))].toString();
        removed.annotations = removed.rows.rowCount(QStringLiteral("annotations"));
        removed.links = removed.rows.rowCount(QStringLiteral("links"));
        if (annotations == Annotations::Keep) {
            Result<qint64> kept =
                KeptAnnotationRepository(db).keep(removed.key, removed.title, removed.rows, storedNow());
            if (!kept)
                return kept.error();
            removed.keptId = *kept;
        }
        if (Result<void> r = db.execute(QStringLiteral("DELETE FROM letters WHERE id = ?"), {letterId}); !r)
            return r.error();
        if (const RowSnapshot::Table* renditions = removed.rows.table(QStringLiteral("renditions"))) {
            const qsizetype file = renditions->columns.indexOf(QStringLiteral("file"));
            for (const QVariantList& row : renditions->rows)
                removed.copies.append(row[file].toString());
        }
        if (Result<void> r = transaction.commit(); !r)
            return r.error();
    }
    // The rows are gone; the copies go aside, where undo finds them. A copy that stays (a move refused) is a
    // copy without a row, which harms nothing.
    QDir().mkpath(m_library.folder() + QStringLiteral("/files/") + QLatin1String(kRemovedFolder));
    for (const QString& file : std::as_const(removed.copies)) {
        QFile::remove(removedPath(file));
        if (QFile::rename(copyPath(file), removedPath(file))) {
            QFile moved(removedPath(file));
            if (moved.open(QIODevice::ReadWrite))
                moved.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        }
    }
    m_library.notify({LibraryChange::Letters | LibraryChange::Annotations | LibraryChange::Links, {letterId}});
    return removed;
}

Result<void> LetterRemover::restore(const RemovedLetter& removed)
{
    for (const QString& file : removed.copies) {
        if (QFileInfo::exists(copyPath(file))) { // imported again meanwhile: the same bytes, by their hash
            QFile::remove(removedPath(file));
            continue;
        }
        if (!QFile::rename(removedPath(file), copyPath(file)))
            return Error::notFound(QStringLiteral("the stored copy %1 of %2 is gone").arg(file, removed.title));
    }
    Database& db = m_library.database();
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    if (removed.keptId)
        if (Result<void> r = KeptAnnotationRepository(db).forget(removed.keptId); !r)
            return r;
    if (Result<void> r = removed.rows.restore(db); !r)
        return Error::storage(QStringLiteral("%1 cannot be put back: %2").arg(removed.title, r.error().detail()));
    if (Result<void> r = transaction.commit(); !r)
        return r;
    m_library.notify({LibraryChange::Letters | LibraryChange::Annotations | LibraryChange::Links, {removed.letterId}});
    return {};
}

void LetterRemover::purgeRemovedCopies(const QString& libraryFolder)
{
    QDir removed(libraryFolder + QStringLiteral("/files/") + QLatin1String(kRemovedFolder));
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo& f : removed.entryInfoList(QDir::Files | QDir::Hidden))
        if (f.lastModified() < dayAgo)
            QFile::remove(f.absoluteFilePath());
}

} // namespace kl

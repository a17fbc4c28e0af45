#include "LibraryCheck.h"

#include "StoredCopy.h"
#include "import/DocumentReader.h"
#include "storage/Database.h"
#include "storage/LetterRepository.h"
#include "storage/PageTextChecksums.h"
#include "storage/ReferenceRepository.h"
#include "storage/SearchIndex.h"
#include "storage/StoredFileName.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>

namespace kl {

namespace {

using StoredRendition = LetterRepository::StoredRendition;

// The full-text indexes and the tables they index; FTS5's integrity-check with rank 1 compares the two.
const char* const kFullTextIndexes[] = {"passages_fts", "notes_fts"};

QString databaseLine(const QString& what)
{
    return QStringLiteral("database: %1").arg(what);
}

} // namespace

LibraryCheck::LibraryCheck(const QString& libraryFolder, Database& db)
    : m_folder(libraryFolder)
    , m_db(db)
{
}

QStringList LibraryCheck::problems() const
{
    QStringList problems;
    if (Result<QStringList> integrity = m_db.integrityProblems(); integrity)
        for (const QString& p : *integrity)
            problems.append(databaseLine(p));
    else
        problems.append(databaseLine(integrity.error().detail()));
    if (Result<QStringList> keys = LetterRepository(m_db).keysOfLettersWithoutRendition(); keys)
        for (const QString& key : *keys)
            problems.append(QStringLiteral("letter %1 has no imported file").arg(key));
    else
        problems.append(databaseLine(keys.error().detail()));
    problems += copyProblems();
    problems += indexProblems();
    return problems;
}

QStringList LibraryCheck::copyProblems() const
{
    QStringList problems;
    Result<QList<StoredRendition>> renditions = LetterRepository(m_db).allRenditions();
    if (!renditions)
        return {databaseLine(renditions.error().detail())};
    QHash<qint64, QString> paths;
    for (const StoredRendition& r : *renditions) {
        const QString path = StoredFileName::path(m_folder, r.file);
        paths.insert(r.id, path.isEmpty() ? r.file : path);
        if (path.isEmpty()) {
            problems.append(QStringLiteral("rendition %1: its stored file name (%2) leaves the library's files "
                                           "folder; it is not read")
                                .arg(r.id)
                                .arg(r.file));
            continue;
        }
        const StoredCopy::State state = StoredCopy::verify(path, r.sha256);
        if (state == StoredCopy::Missing)
            problems.append(QStringLiteral("%1: the library's copy is missing").arg(path));
        else if (state == StoredCopy::Changed)
            problems.append(QStringLiteral("%1: the library's copy has changed (checksum differs)").arg(path));
        if (r.pages != r.pageTexts)
            problems.append(QStringLiteral("%1: %2 pages, but text for %3").arg(path).arg(r.pages).arg(r.pageTexts));
    }
    if (Result<QList<PageTextChecksums::Page>> changed = PageTextChecksums(m_db).changedPages(); changed)
        for (const PageTextChecksums::Page& p : *changed)
            problems.append(QStringLiteral("%1: the stored text of page %2 has changed since it was imported")
                                .arg(paths.value(p.renditionId))
                                .arg(p.page));
    else
        problems.append(databaseLine(changed.error().detail()));
    return problems;
}

QStringList LibraryCheck::indexProblems() const
{
    QStringList problems;
    for (const char* index : kFullTextIndexes) {
        const QString name = QString::fromLatin1(index);
        if (Result<void> r =
                m_db.execute(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)").arg(name));
            !r)
            problems.append(QStringLiteral("the full-text index %1 does not match what it indexes (%2)")
                                .arg(name, r.error().detail()));
    }
    return problems;
}

LibraryCheck::Repair LibraryCheck::repair()
{
    Repair out;
    if (Result<QStringList> integrity = m_db.integrityProblems(); !integrity || !integrity->isEmpty()) {
        // Writing into a damaged database can lose more of it.
        out.notRepaired.append(QStringLiteral("the database itself is damaged, so nothing was changed: restore a "
                                              "backup (kamerlezer-cli backup --list, restore-backup)"));
        return out;
    }
    repairCopies(out);
    repairPageTexts(out);
    rebuildIndexes(out);
    if (Result<QStringList> keys = LetterRepository(m_db).keysOfLettersWithoutRendition(); keys)
        for (const QString& key : *keys)
            out.notRepaired.append(
                QStringLiteral("letter %1 has no imported file: import it again, or remove the letter").arg(key));
    return out;
}

void LibraryCheck::repairCopies(Repair& out)
{
    Result<QList<StoredRendition>> renditions = LetterRepository(m_db).allRenditions();
    if (!renditions) {
        out.notRepaired.append(databaseLine(renditions.error().detail()));
        return;
    }
    for (const StoredRendition& r : *renditions) {
        const QString path = StoredFileName::path(m_folder, r.file);
        if (path.isEmpty()) {
            out.notRepaired.append(QStringLiteral("rendition %1: its stored file name (%2) leaves the library's files "
                                                  "folder; remove the letter and import the document again")
                                       .arg(r.id)
                                       .arg(r.file));
            continue;
        }
        const StoredCopy::State state = StoredCopy::verify(path, r.sha256);
        if (state == StoredCopy::Good)
            continue;
        const QString what = state == StoredCopy::Missing ? QStringLiteral("missing") : QStringLiteral("changed");
        if (r.sourcePath.isEmpty()) {
            out.notRepaired.append(QStringLiteral("%1: the library's copy is %2, and where it was imported from "
                                                  "was not recorded (before this version): import the document "
                                                  "again to restore it")
                                       .arg(path, what));
            continue;
        }
        QByteArray bytes;
        if (StoredCopy::verify(r.sourcePath, r.sha256, &bytes) != StoredCopy::Good) {
            out.notRepaired.append(QStringLiteral("%1: the library's copy is %2, and the original (%3) is gone or "
                                                  "no longer the same file: import the document again to restore "
                                                  "it")
                                       .arg(path, what, r.sourcePath));
            continue;
        }
        // A changed copy is kept beside, not written over: it may be all that is left of something.
        if (state == StoredCopy::Changed &&
            !QFile::rename(path, path + QStringLiteral(".changed-") +
                                     QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))) {
            out.notRepaired.append(QStringLiteral("%1: the changed copy cannot be moved aside").arg(path));
            continue;
        }
        QSaveFile copy(path);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(bytes) != bytes.size() || !copy.commit()) {
            out.notRepaired.append(QStringLiteral("%1: cannot write the copy: %2").arg(path, copy.errorString()));
            continue;
        }
        out.repaired.append(QStringLiteral("%1: copied again from %2").arg(path, r.sourcePath));
    }
}

void LibraryCheck::repairPageTexts(Repair& out)
{
    PageTextChecksums checksums(m_db);
    Result<QList<PageTextChecksums::Page>> changed = checksums.changedPages();
    if (!changed) {
        out.notRepaired.append(databaseLine(changed.error().detail()));
        return;
    }
    if (changed->isEmpty())
        return;
    QMap<qint64, QList<int>> pagesOf;
    for (const PageTextChecksums::Page& p : *changed)
        pagesOf[p.renditionId].append(p.page);
    Result<QList<StoredRendition>> renditions = LetterRepository(m_db).allRenditions();
    if (!renditions) {
        out.notRepaired.append(databaseLine(renditions.error().detail()));
        return;
    }
    for (const StoredRendition& r : *renditions) {
        if (!pagesOf.contains(r.id))
            continue;
        const QString path = StoredFileName::path(m_folder, r.file);
        // The copy is read again; a page whose text reads as the one stored at import is put back.
        const DocumentReader::FileRead read = path.isEmpty() || StoredCopy::verify(path, r.sha256) != StoredCopy::Good
                                                  ? DocumentReader::FileRead{}
                                                  : DocumentReader::readFile(path);
        Transaction transaction(m_db);
        for (int page : pagesOf.value(r.id)) {
            const QString where = QStringLiteral("%1: page %2").arg(path.isEmpty() ? r.file : path).arg(page);
            const Result<QString> expected = checksums.stored(r.id, page);
            const bool readable = read.result.ok() && page <= read.result.document.pages.size();
            const QString text = readable ? read.result.document.pages[page - 1].text : QString();
            if (!readable || !expected || PageTextChecksums::of(text) != *expected) {
                out.notRepaired.append(
                    QStringLiteral("%1: the stored text has changed and the copy does not read as it did (a page "
                                   "read by OCR, or the copy is damaged): remove the letter and import it again")
                        .arg(where));
                continue;
            }
            if (Result<void> done = checksums.restore({r.id, page}, text); !done) {
                out.notRepaired.append(QStringLiteral("%1: %2").arg(where, done.error().detail()));
                continue;
            }
            out.repaired.append(QStringLiteral("%1: text put back as read from the copy").arg(where));
        }
        if (Result<void> done = transaction.commit(); !done)
            out.notRepaired.append(databaseLine(done.error().detail()));
    }
}

void LibraryCheck::rebuildIndexes(Repair& out)
{
    Transaction transaction(m_db);
    // Rebuilt from their tables first, so the triggers that keep them in step work on a sound index again.
    for (const char* index : kFullTextIndexes)
        if (Result<void> r =
                m_db.execute(QStringLiteral("INSERT INTO %1(%1) VALUES ('rebuild')").arg(QString::fromLatin1(index)));
            !r) {
            out.notRepaired.append(
                QStringLiteral("the full-text index cannot be built again: %1").arg(r.error().detail()));
            return;
        }
    if (Result<void> r = SearchIndex(m_db).rebuildPassages(); !r) {
        out.notRepaired.append(QStringLiteral("the passages cannot be built again: %1").arg(r.error().detail()));
        return;
    }
    if (Result<void> r = ReferenceRepository(m_db).rescanAll(); !r) {
        out.notRepaired.append(QStringLiteral("the references cannot be scanned again: %1").arg(r.error().detail()));
        return;
    }
    if (Result<void> r = transaction.commit(); !r) {
        out.notRepaired.append(databaseLine(r.error().detail()));
        return;
    }
    out.repaired.append(QStringLiteral("full-text index built again, references scanned again"));
}

} // namespace kl

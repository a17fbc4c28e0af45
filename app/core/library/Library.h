#pragma once

#include "DossierRecord.h"
#include "ImportOutcome.h"
#include "LetterRecord.h"
#include "LibraryChange.h"
#include "PendingOcr.h"
#include "base/Result.h"
#include "document/PageText.h"
#include "document/Reference.h"
#include "import/DocumentReader.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace kl {

class Database;

// The user's library: a folder with `library.sqlite` and `files/<sha256>.<ext>`, copies of every imported
// original. Every change is one transaction, written at once. Lives on one thread (one SQLite connection).
class Library : public QObject {
    Q_OBJECT
public:
    // Opens (creating when needed) the library in `folder`. Refuses, unchanged, a library made by a newer
    // version. Returns nullptr and a message in `error` when it cannot; `damaged` tells whether that is because
    // the database is lost or damaged (what a backup can mend: LibraryBackups).
    static std::unique_ptr<Library> open(const QString& folder, QString* error, bool* damaged = nullptr);
    // The folder used when none is given: KAMERLEZER_LIBRARY, else the user's data folder.
    static QString defaultFolder();
    ~Library() override;

    QString folder() const { return m_folder; }

    // Reads and stores one file. Failures say what is wrong and change nothing.
    ImportOutcome importFile(const QString& path);
    // Stores what was read elsewhere (a worker thread); `originalPath` names the file the user chose.
    ImportOutcome store(const DocumentReader::FileRead& read, const QString& originalPath);
    bool hasRendition(const QString& sha256) const;

    int letterCount() const;
    // Letters in reading order: by dossier, then ondernummer (numbers numerically, letters after).
    QList<LetterRecord> letters(const QString& dossierNumber = QString()) const;
    std::optional<LetterRecord> letter(qint64 id) const;
    // The internal number ("12") or the kstId ("kst-19637-3274"); 0 when no such letter.
    qint64 resolveId(const QString& idOrKstId) const;

    QList<DossierRecord> dossiers() const;
    QList<LetterRecord> lettersInDossier(qint64 dossierId) const;
    QList<LetterRecord> lettersWithoutDossier() const;

    // Marks a letter as the document that named references point to ("regeerprogramma"); empty clears it.
    bool setNamedAs(qint64 letterId, const QString& name);
    // The letter a reference target points to ("kst-36410-VI-87", "named:regeerprogramma"); 0 when not here.
    qint64 resolveTarget(const QString& target) const;
    // Letters whose detected references point to this letter, oldest import first.
    QList<qint64> citingLetters(qint64 letterId) const;

    QStringList pageTexts(qint64 renditionId) const;
    // The pages of a rendition that OCR read (0-based page -> text and word boxes); empty for the others.
    QHash<int, PageText> ocrPages(qint64 renditionId) const;

    // PDFs whose pages still wait for OCR, oldest first.
    QList<PendingOcr> pendingOcr() const;
    // Stores what OCR read (`doc`: the rendition read again, with PdfOcr::recognize run on it): the pages it read
    // better, their words, then the letter's metadata, passages and references from the new text; one
    // transaction, one change notice. A letter with no other rendition takes the OCR metadata as it is (its
    // text layer was garbage or empty); one with others only fills its gaps. False with `error` when it cannot.
    bool storeOcr(const PendingOcr& rendition, const ImportedDocument& doc, QString* error = nullptr);
    QList<Reference> references(qint64 renditionId) const;

    // The library's database, for the repositories of the stores that keep their own tables in it (same thread
    // only).
    Database& database() const { return *m_db; }

    // Integrity of database and stored files; an empty list when all is well.
    QStringList check() const;

    // Tells the listeners what changed: at once, or when the outermost batch ends (LibraryBatch).
    void notify(const LibraryChange& change);
    void beginBatch();
    void endBatch();
    // Sends an External notice when another connection (the CLI, another window) committed since the last look;
    // SQLite's data_version tells, cheaply. Returns whether it did.
    bool checkExternalChanges();

Q_SIGNALS:
    // Every change to the library, written by this process or (External) by another one.
    void changed(const kl::LibraryChange& change);

private:
    // The rows of a file whose copy is in place, in one transaction; `out` has its warnings.
    ImportOutcome storeRows(const DocumentReader::FileRead& read, const QString& originalPath, const QString& copyPath,
                            ImportOutcome out);
    // The commitments of a newly stored rendition, when it is the letter's primary one; in the caller's transaction.
    Result<void> detectToezeggingen(qint64 letterId, qint64 renditionId, const QStringList& pages);
    Library(const QString& folder, std::unique_ptr<Database> db);
    QString storedFile(const QString& sha256, const QString& format) const;

    QString m_folder;
    std::unique_ptr<Database> m_db;
    int m_batchDepth = 0;
    qint64 m_dataVersion = -1;
    LibraryChange m_pending;
};

} // namespace kl

#pragma once

#include "base/Result.h"
#include "document/DocumentMetadata.h"
#include "document/PageText.h"
#include "library/DossierRecord.h"
#include "library/LetterRecord.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace kl {

class Database;

// Letters with their dossiers, renditions and page texts: the SQL of `letters`, `dossiers`, `letter_dossiers`,
// `renditions` and `page_texts`. Writes run in the caller's transaction.
class LetterRepository {
public:
    explicit LetterRepository(Database& db);

    // The primary rendition of the letter whose id the SQL expression `letterId` gives, as a subquery: the
    // rule of LetterRecord::primaryRendition() (the PDF when there is one, else the first imported).
    static QString primaryRenditionOf(const QString& letterId);

    Result<int> count() const;
    // Letters in reading order: by dossier, then ondernummer (numbers numerically, letters after). A dossier
    // number ("31490", "36600 VI", "36600-VI") keeps only its letters.
    Result<QList<LetterRecord>> letters(const QString& dossierNumber = QString()) const;
    // nullopt when there is no such letter.
    Result<std::optional<LetterRecord>> letter(qint64 id) const;
    Result<QList<LetterRecord>> lettersInDossier(qint64 dossierId) const;
    Result<QList<LetterRecord>> lettersWithoutDossier() const;
    Result<QList<DossierRecord>> dossiers() const;

    // 0 when no letter answers to it.
    Result<qint64> resolveId(const QString& idOrKstId) const;
    Result<qint64> resolveTarget(const QString& target) const;
    Result<qint64> letterWithKey(const QString& key) const;
    // The letter a stored file (by its SHA-256) belongs to, and that letter's key; nullopt when not stored.
    struct Owner {
        qint64 letterId = 0;
        QString key;
    };
    Result<std::optional<Owner>> ownerOfRendition(const QString& sha256) const;

    Result<qint64> insertLetter(const QString& key, const DocumentMetadata& meta, const QString& now);
    Result<void> updateLetter(qint64 id, const DocumentMetadata& meta, const QString& now);
    // Files the letter under its dossiers (created when new; a title fills a dossier that had none).
    Result<void> fileInDossiers(qint64 letterId, const QList<Dossier>& dossiers);
    // Files the letter in exactly these dossiers (an edit by hand); a dossier left without letters and not
    // followed goes.
    Result<void> refileInDossiers(qint64 letterId, const QList<Dossier>& dossiers);
    Result<void> setKstId(qint64 letterId, const QString& kstId);
    // Error NotFound when there is no such letter.
    Result<void> setNamedAs(qint64 letterId, const QString& name, const QString& now);

    struct NewRendition {
        QString format, sha256, file, originalName;
        QString sourcePath; // the file the user imported, to copy again from when the library's copy is lost
        QStringList pageTexts;
        QString textSource = QStringLiteral("file");
        QString ocrState = QStringLiteral("none");
        QHash<int, QList<WordBox>> ocrWords; // 0-based page -> the words OCR read on it
    };
    // The rendition and its page texts (page 1 first); the new rendition's id.
    Result<qint64> addRendition(qint64 letterId, const NewRendition& rendition, const QString& now);
    Result<QStringList> pageTexts(qint64 renditionId) const;

    // OCR: the renditions still waiting for it, oldest first; the pages it read (0-based page -> text and
    // words); the text of those pages replaced by what OCR read, with their words; the state.
    Result<QList<qint64>> renditionsPendingOcr() const;
    Result<QHash<int, PageText>> ocrPages(qint64 renditionId) const;
    Result<void> replaceOcrPages(qint64 renditionId, const QHash<int, PageText>& pages);
    Result<void> setOcrState(qint64 renditionId, const QString& state, const QString& textSource);
    // A letter keyed by its file's SHA-256 gets the Kamerstuk id OCR found in it.
    Result<void> setKey(qint64 letterId, const QString& key, const QString& kstId);

    // Every rendition, oldest first, for the indexes built from all of them and for check().
    struct StoredRendition {
        qint64 id = 0, letterId = 0;
        QString format, file, sha256, sourcePath;
        int pages = 0, pageTexts = 0;
        QString textSource;
    };
    Result<QList<StoredRendition>> allRenditions() const;
    // Calls `visit` with every rendition and its page texts, oldest first; stops at the first Error.
    Result<void>
    forEachRendition(const std::function<Result<void>(const StoredRendition&, const QStringList& pages)>& visit) const;
    Result<QStringList> keysOfLettersWithoutRendition() const;

private:
    Result<QList<LetterRecord>> query(const QString& sql, const QVariantList& binds) const;
    Result<void> loadDossiersAndRenditions(QList<LetterRecord>& letters) const;

    Database& m_db;
};

} // namespace kl

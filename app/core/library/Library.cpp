#include "Library.h"

#include "storage/ToezeggingRepository.h"
#include "toezeggingen/ToezeggingDetector.h"

#include "LetterRemover.h"
#include "LibraryBackups.h"
#include "LibraryCheck.h"
#include "RecognitionRefresh.h"
#include "RenditionText.h"
#include "StoredTime.h"

#include "base/ResultLog.h"
#include "storage/Database.h"
#include "storage/KeptAnnotationRepository.h"
#include "storage/LetterRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/Schema.h"
#include "storage/SearchIndex.h"
#include "storage/StoredFileName.h"
#include "storage/ToezeggingRepository.h"
#include "toezeggingen/ToezeggingDetector.h"

#include <QDateTime>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStandardPaths>
#include <functional>

#include <utility>

namespace kl {

namespace {

// As renditions.ocr_state keeps it.
QString ocrStateName(ImportedDocument::Ocr ocr)
{
    switch (ocr) {
    case ImportedDocument::Ocr::Pending:
        return QStringLiteral("pending");
    case ImportedDocument::Ocr::Done:
        return QStringLiteral("done");
    case ImportedDocument::Ocr::Failed:
        return QStringLiteral("failed");
    case ImportedDocument::Ocr::NotNeeded:
        break;
    }
    return QStringLiteral("none");
}

// A database file of 0 bytes, or none, is a new library only where nothing was ever stored: beside copies of
// documents or backups it is a lost database, and making a new empty one there would hide the letters for good.
QString lostDatabase(const QString& folder, const QString& databaseFile)
{
    const QFileInfo info(databaseFile);
    if (info.exists() && info.size() > 0)
        return {};
    const qsizetype copies = QDir(folder + QStringLiteral("/files")).entryList(QDir::Files).size();
    const qsizetype backups = LibraryBackups(folder).list().size();
    if (copies == 0 && backups == 0)
        return {};
    const QString what = info.exists() ? QStringLiteral("is empty (0 bytes)") : QStringLiteral("is missing");
    return QStringLiteral("%1: the library's database %2, though the library holds %3 copies of documents and "
                          "%4 backups: it was lost or damaged, and was left as it is")
        .arg(databaseFile, what)
        .arg(copies)
        .arg(backups);
}

// The share of the words (of four letters or more, counted as often as they stand) of the shorter text that the
// other has as often: a heading both share weighs little against a body that differs.
double sharedWordShare(const QString& a, const QString& b)
{
    static const QRegularExpression word(QStringLiteral("\\w{4,}"));
    auto words = [](const QString& text, qsizetype* total) {
        QHash<QString, int> out;
        for (auto it = word.globalMatch(QStringView(text).left(200000)); it.hasNext(); ++*total)
            ++out[it.next().captured().toLower()];
        return out;
    };
    qsizetype totalA = 0, totalB = 0;
    const QHash<QString, int> x = words(a, &totalA), y = words(b, &totalB);
    const bool aSmaller = totalA <= totalB;
    const QHash<QString, int>& smaller = aSmaller ? x : y;
    const QHash<QString, int>& larger = aSmaller ? y : x;
    const qsizetype total = aSmaller ? totalA : totalB;
    if (total == 0)
        return 1.0; // nothing to compare (a scan waiting for OCR): no warning
    qsizetype shared = 0;
    for (auto it = smaller.cbegin(); it != smaller.cend(); ++it)
        shared += std::min(it.value(), larger.value(it.key()));
    return double(shared) / double(total);
}

} // namespace

Library::Library(const QString& folder, std::unique_ptr<Database> db)
    : m_folder(folder)
    , m_db(std::move(db))
{
}

Library::~Library() = default;

QString Library::defaultFolder()
{
    const QString env = qEnvironmentVariable("KAMERLEZER_LIBRARY");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library");
}

std::unique_ptr<Library> Library::open(const QString& folder, QString* error, bool* damaged)
{
    bool lost = false;
    const auto flagDamage = qScopeGuard([&] {
        if (damaged)
            *damaged = lost;
    });
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(absolute).exists() && !QFileInfo(absolute).isDir()) {
        *error = QStringLiteral("%1: is a file, not a library folder").arg(absolute);
        return nullptr;
    }
    if (!QDir().mkpath(absolute + QStringLiteral("/files"))) {
        *error = QStringLiteral("%1: cannot create the library folder").arg(absolute);
        return nullptr;
    }
    const QString databaseFile = absolute + QStringLiteral("/library.sqlite");
    if (const QString damage = lostDatabase(absolute, databaseFile); !damage.isEmpty()) {
        *error = damage;
        lost = true;
        return nullptr;
    }
    if (!QFileInfo(absolute).isWritable() ||
        (QFileInfo::exists(databaseFile) && !QFileInfo(databaseFile).isWritable())) {
        *error = QStringLiteral("%1: the library folder is read-only; Kamerlezer stores every change at once and "
                                "needs to write there (copy the library to a folder you can write to)")
                     .arg(absolute);
        return nullptr;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(databaseFile);
    if (!opened) {
        *error = QStringLiteral("%1: cannot open the library: %2").arg(absolute, opened.error().detail());
        return nullptr;
    }
    Database& db = **opened;
    const Result<int> version = Schema::version(db);
    if (!version) {
        // SQLite's own words tell a file that is no database from one that is damaged.
        const QString detail = version.error().detail();
        lost = true;
        *error = detail.contains(QLatin1String("not a database"))
                     ? QStringLiteral("%1: not a Kamerlezer library (not an SQLite database)").arg(databaseFile)
                     : QStringLiteral("%1: the library's database is damaged and was left as it is (%2)")
                           .arg(databaseFile, detail);
        return nullptr;
    }
    if (*version > Schema::kVersion) {
        *error = QStringLiteral("%1: this library was made by a newer version of Kamerlezer (schema %2; this "
                                "version knows up to %3). It was left unchanged; please update Kamerlezer.")
                     .arg(absolute)
                     .arg(*version)
                     .arg(Schema::kVersion);
        return nullptr;
    }
    // In this order, each only when the one before it went well.
    // Recognition before the derived indexes: a letter that is known better now is scanned once, with its own ids.
    for (const auto& step : std::initializer_list<std::function<Result<void>(Database&)>>{
             [](Database& d) { return d.configure(); }, &Schema::migrate,
             [&absolute](Database& d) { return RecognitionRefresh::run(d, absolute); }, &Schema::refreshIndexes}) {
        if (Result<void> done = step(db); !done) {
            lost = db.sawDamage();
            *error = QStringLiteral("%1: %2").arg(absolute, done.error().detail());
            return nullptr;
        }
    }
    LetterRemover::purgeRemovedCopies(absolute);
    std::unique_ptr<Library> library(new Library(absolute, std::move(opened).value()));
    library->checkExternalChanges(); // the version to compare with from now on
    return library;
}

QString Library::storedFile(const QString& sha256, const QString& format) const
{
    const QString ext = format == QLatin1String("text") ? QStringLiteral("txt") : format;
    return QStringLiteral("%1/files/%2.%3").arg(m_folder, sha256, ext);
}

bool Library::hasRendition(const QString& sha256) const
{
    return valueOrWarn(LetterRepository(*m_db).ownerOfRendition(sha256), "library: hasRendition").has_value();
}

ImportOutcome Library::importFile(const QString& path)
{
    const DocumentReader::FileRead read = DocumentReader::readFile(path);
    return store(read, path);
}

ImportOutcome Library::store(const DocumentReader::FileRead& read, const QString& originalPath)
{
    ImportOutcome out;
    if (!read.result.ok()) {
        out.message = read.result.error;
        return out;
    }
    const ImportedDocument& doc = read.result.document;
    out.warnings = doc.warnings;
    LetterRepository letters(*m_db);
    const Result<std::optional<LetterRepository::Owner>> owner = letters.ownerOfRendition(read.sha256);
    if (!owner) {
        out.message = QStringLiteral("cannot store in the library: %1").arg(owner.error().detail());
        return out;
    }
    const QString copyPath = storedFile(read.sha256, doc.format);
    if (*owner) {
        out.status = ImportOutcome::Unchanged;
        out.letterId = (*owner)->letterId;
        out.letterKey = (*owner)->key;
        // The same bytes again, while the library's copy of them was lost: they are its copy again.
        if (!QFileInfo::exists(copyPath)) {
            QSaveFile copy(copyPath);
            if (copy.open(QIODevice::WriteOnly) && copy.write(read.bytes) == read.bytes.size() && copy.commit())
                out.warnings.append(QStringLiteral("the library's copy of this file was missing; it is restored"));
        }
        return out;
    }

    // The copy goes first: a copy without a row is harmless, a row without its copy is not.
    bool madeCopy = false;
    if (!QFileInfo::exists(copyPath)) {
        QSaveFile copy(copyPath);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(read.bytes) != read.bytes.size() || !copy.commit()) {
            out.message = QStringLiteral("cannot copy into the library: %1").arg(copy.errorString());
            return out;
        }
        madeCopy = true;
    }
    const ImportOutcome stored = storeRows(read, originalPath, copyPath, out);
    // The rows were not stored (a full disk): the copy made for them goes too, unless another import of the same
    // bytes has stored its rows meanwhile.
    if (stored.failed() && madeCopy) {
        const Result<std::optional<LetterRepository::Owner>> now = letters.ownerOfRendition(read.sha256);
        if (now && !*now)
            QFile::remove(copyPath);
    }
    return stored;
}

ImportOutcome Library::storeRows(const DocumentReader::FileRead& read, const QString& originalPath,
                                 const QString& copyPath, ImportOutcome out)
{
    const ImportedDocument& doc = read.result.document;
    const DocumentMetadata& meta = doc.metadata;
    LetterRepository letters(*m_db);
    auto fail = [&](const Error& why) {
        out.status = ImportOutcome::Failed;
        out.message = QStringLiteral("cannot store in the library: %1").arg(why.detail());
        return out;
    };
    Transaction transaction(*m_db);
    if (!transaction.ok())
        return fail(transaction.error());
    const QString key = meta.publicationId().isEmpty() ? QStringLiteral("sha256:") + read.sha256 : meta.publicationId();
    const QString now = storedNow();
    Result<qint64> letterId = letters.letterWithKey(key);
    if (!letterId)
        return fail(letterId.error());
    if (*letterId) {
        out.status = ImportOutcome::AddedRendition;
        // A second rendition may know what the first did not.
        const Result<std::optional<LetterRecord>> existing = letters.letter(*letterId);
        if (!existing)
            return fail(existing.error());
        DocumentMetadata merged = *existing ? (*existing)->metadata : DocumentMetadata{};
        merged.fillGapsFrom(meta);
        // Another rendition of the same publication says mostly the same words. A file that only claims the id
        // (a note headed "Kamerstuk 19637, nr. 3274") is added all the same, but not without a word.
        if (*existing && !(*existing)->renditions.isEmpty()) {
            const LetterRecord& known = **existing;
            QStringList pages;
            for (const PageText& page : doc.pages)
                pages.append(page.text);
            const QString before = RenditionText::load(*this, known.primaryRendition()->id).text();
            if (sharedWordShare(pages.join(QLatin1Char('\n')), before) < 0.25)
                out.warnings.append(QStringLiteral("it says it is %1, which is already in the library (%2), but the "
                                                   "two have few words in common: it was added as another version "
                                                   "of %1; remove that version if it is another document")
                                        .arg(key, known.primaryRendition()->originalName));
        }
        if (Result<void> r = letters.updateLetter(*letterId, merged, now); !r)
            return fail(r.error());
    } else {
        out.status = ImportOutcome::Imported;
        letterId = letters.insertLetter(key, meta, now);
        if (!letterId)
            return fail(letterId.error());
        const Result<int> kept = KeptAnnotationRepository(*m_db).restoreInto(*letterId, key);
        if (!kept)
            return fail(kept.error());
        out.keptAnnotations = *kept;
    }
    if (Result<void> r = letters.fileInDossiers(*letterId, meta.dossiers); !r)
        return fail(r.error());

    LetterRepository::NewRendition rendition{doc.format,
                                             read.sha256,
                                             QFileInfo(copyPath).fileName(),
                                             QFileInfo(originalPath).fileName(),
                                             QFileInfo(originalPath).absoluteFilePath(),
                                             {}};
    for (int i = 0; i < doc.pages.size(); ++i) {
        rendition.pageTexts.append(doc.pages[i].text);
        if (doc.pages[i].fromOcr)
            rendition.ocrWords.insert(i, doc.pages[i].words);
    }
    rendition.textSource = doc.hasOcrText() ? QStringLiteral("ocr") : QStringLiteral("file");
    rendition.ocrState = ocrStateName(doc.ocr);
    const Result<qint64> renditionId = letters.addRendition(*letterId, rendition, now);
    if (!renditionId)
        return fail(renditionId.error());
    if (Result<void> r = SearchIndex(*m_db).indexRendition(*letterId, *renditionId, rendition.pageTexts); !r)
        return fail(r.error());
    if (Result<void> r = ReferenceRepository(*m_db).store(*letterId, *renditionId, doc.references); !r)
        return fail(r.error());
    if (Result<void> r = detectToezeggingen(*letterId, *renditionId, rendition.pageTexts); !r)
        return fail(r.error());
    if (Result<void> r = transaction.commit(); !r)
        return fail(r.error());
    out.letterId = *letterId;
    out.letterKey = key;
    notify({LibraryChange::Letters, {*letterId}});
    return out;
}

Result<void> Library::detectToezeggingen(qint64 letterId, qint64 renditionId, const QStringList& pages)
{
    // Found in the letter's primary rendition (its PDF when it has one), as the reader shows it.
    const Result<std::optional<LetterRecord>> letter = LetterRepository(*m_db).letter(letterId);
    if (!letter)
        return letter.error();
    if (!*letter || !(*letter)->primaryRendition() || (*letter)->primaryRendition()->id != renditionId)
        return {};
    const DocumentMetadata& meta = (*letter)->metadata;
    const RenditionText text(pages);
    static const ToezeggingDetector detector;
    return ToezeggingRepository(*m_db).replaceDetected(letterId, renditionId, text.text(),
                                                       detector.detect(text.text(), meta.date), meta.sender, meta.date);
}

int Library::letterCount() const
{
    return valueOrWarn(LetterRepository(*m_db).count(), "library: letterCount");
}

QList<LetterRecord> Library::letters(const QString& dossierNumber) const
{
    return valueOrWarn(LetterRepository(*m_db).letters(dossierNumber), "library: letters");
}

std::optional<LetterRecord> Library::letter(qint64 id) const
{
    return valueOrWarn(LetterRepository(*m_db).letter(id), "library: letter");
}

qint64 Library::resolveId(const QString& idOrKstId) const
{
    return valueOrWarn(LetterRepository(*m_db).resolveId(idOrKstId), "library: resolveId");
}

QList<DossierRecord> Library::dossiers() const
{
    return valueOrWarn(LetterRepository(*m_db).dossiers(), "library: dossiers");
}

QList<LetterRecord> Library::lettersInDossier(qint64 dossierId) const
{
    return valueOrWarn(LetterRepository(*m_db).lettersInDossier(dossierId), "library: lettersInDossier");
}

QList<LetterRecord> Library::lettersWithoutDossier() const
{
    return valueOrWarn(LetterRepository(*m_db).lettersWithoutDossier(), "library: lettersWithoutDossier");
}

bool Library::setNamedAs(qint64 letterId, const QString& name)
{
    if (Result<void> r = LetterRepository(*m_db).setNamedAs(letterId, name.trimmed().toLower(), storedNow()); !r) {
        if (r.error().code() != Error::Code::NotFound)
            qWarning("library: setNamedAs: %s", qPrintable(r.error().message()));
        return false;
    }
    notify({LibraryChange::Letters, {letterId}});
    return true;
}

qint64 Library::resolveTarget(const QString& target) const
{
    return valueOrWarn(LetterRepository(*m_db).resolveTarget(target), "library: resolveTarget");
}

QList<qint64> Library::citingLetters(qint64 letterId) const
{
    return valueOrWarn(ReferenceRepository(*m_db).citingLetters(letterId), "library: citingLetters");
}

QStringList Library::pageTexts(qint64 renditionId) const
{
    return valueOrWarn(LetterRepository(*m_db).pageTexts(renditionId), "library: pageTexts");
}

QHash<int, PageText> Library::ocrPages(qint64 renditionId) const
{
    return valueOrWarn(LetterRepository(*m_db).ocrPages(renditionId), "library: ocrPages");
}

QList<PendingOcr> Library::pendingOcr() const
{
    LetterRepository letters(*m_db);
    const QList<qint64> ids = valueOrWarn(letters.renditionsPendingOcr(), "library: pendingOcr");
    if (ids.isEmpty())
        return {};
    QList<PendingOcr> out;
    const QList<LetterRepository::StoredRendition> all = valueOrWarn(letters.allRenditions(), "library: pendingOcr");
    for (const LetterRepository::StoredRendition& r : all) {
        if (!ids.contains(r.id))
            continue;
        QString name;
        if (const std::optional<LetterRecord> letter = this->letter(r.letterId))
            for (const RenditionRecord& rendition : letter->renditions)
                if (rendition.id == r.id)
                    name = rendition.originalName;
        out.append({r.id, r.letterId, StoredFileName::path(m_folder, r.file), name, r.pages});
    }
    return out;
}

bool Library::storeOcr(const PendingOcr& rendition, const ImportedDocument& doc, QString* error)
{
    auto fail = [&](const Error& why) {
        if (error)
            *error = QStringLiteral("cannot store the OCR text in the library: %1").arg(why.detail());
        return false;
    };
    LetterRepository letters(*m_db);
    Transaction transaction(*m_db);
    if (!transaction.ok())
        return fail(transaction.error());
    const Result<std::optional<LetterRecord>> existing = letters.letter(rendition.letterId);
    if (!existing)
        return fail(existing.error());
    if (!*existing)
        return fail(Error::notFound(QStringLiteral("letter %1").arg(rendition.letterId)));
    const LetterRecord& letter = **existing;
    QHash<int, PageText> read;
    QStringList texts;
    for (int i = 0; i < doc.pages.size(); ++i) {
        texts.append(doc.pages[i].text);
        if (doc.pages[i].fromOcr)
            read.insert(i, doc.pages[i]);
    }
    if (Result<void> r = letters.replaceOcrPages(rendition.renditionId, read); !r)
        return fail(r.error());
    const QString source = doc.hasOcrText() ? QStringLiteral("ocr") : QStringLiteral("file");
    if (Result<void> r = letters.setOcrState(rendition.renditionId, ocrStateName(doc.ocr), source); !r)
        return fail(r.error());
    if (!read.isEmpty()) {
        const QString now = storedNow();
        DocumentMetadata merged = letter.metadata;
        if (letter.renditions.size() <= 1) {
            merged = doc.metadata;
            merged.namedAs = letter.metadata.namedAs;
        } else {
            merged.fillGapsFrom(doc.metadata);
        }
        if (Result<void> r = letters.updateLetter(rendition.letterId, merged, now); !r)
            return fail(r.error());
        // A scan keyed by its checksum whose OCR text names its Kamerstuk takes that as its key, unless another
        // letter has it already (then the two stay apart, as two imports with different ids would).
        const QString publicationId = doc.metadata.publicationId();
        if (letter.metadata.publicationId().isEmpty() && !publicationId.isEmpty()) {
            const Result<qint64> other = letters.letterWithKey(publicationId);
            if (!other)
                return fail(other.error());
            if (*other == 0)
                if (Result<void> r = letters.setKey(rendition.letterId, publicationId, doc.metadata.kstId); !r)
                    return fail(r.error());
        }
        if (Result<void> r = letters.fileInDossiers(rendition.letterId, merged.dossiers); !r)
            return fail(r.error());
        if (Result<void> r = SearchIndex(*m_db).reindexRendition(rendition.letterId, rendition.renditionId, texts); !r)
            return fail(r.error());
        if (Result<void> r =
                ReferenceRepository(*m_db).replace(rendition.letterId, rendition.renditionId, doc.references);
            !r)
            return fail(r.error());
    }
    if (Result<void> r = transaction.commit(); !r)
        return fail(r.error());
    notify({LibraryChange::Letters, {rendition.letterId}});
    return true;
}

QList<Reference> Library::references(qint64 renditionId) const
{
    return valueOrWarn(ReferenceRepository(*m_db).references(renditionId), "library: references");
}

QStringList Library::check() const
{
    return LibraryCheck(m_folder, *m_db).problems();
}

void Library::notify(const LibraryChange& change)
{
    if (m_batchDepth > 0) {
        m_pending.merge(change);
        return;
    }
    Q_EMIT changed(change);
}

bool Library::checkExternalChanges()
{
    const Result<qint64> dataVersion = m_db->dataVersion();
    if (!dataVersion) {
        qWarning("library: %s", qPrintable(dataVersion.error().message()));
        return false;
    }
    const qint64 version = *dataVersion;
    const bool changedElsewhere = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changedElsewhere)
        Q_EMIT changed({LibraryChange::External, {}});
    return changedElsewhere;
}

void Library::beginBatch()
{
    ++m_batchDepth;
}

void Library::endBatch()
{
    Q_ASSERT(m_batchDepth > 0);
    if (--m_batchDepth > 0 || !m_pending.what)
        return;
    const LibraryChange change = std::exchange(m_pending, LibraryChange{});
    Q_EMIT changed(change);
}

} // namespace kl

#include "RecognitionRefresh.h"
#include "StoredTime.h"

#include "import/DocumentReader.h"
#include "metadata/MetadataParser.h"
#include "storage/Database.h"
#include "storage/LetterRepository.h"
#include "storage/Schema.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

namespace kl {

namespace {

const QString kName = QStringLiteral("recognition");

DocumentMetadata readAgain(LetterRepository& letters, const RenditionRecord& rendition, const QString& folder)
{
    if (rendition.format == QLatin1String("xml")) {
        QFile file(QStringLiteral("%1/files/%2.xml").arg(folder, rendition.sha256));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QByteArray bytes = file.readAll();
        const ReadResult read = DocumentReader::readData(bytes, FileFormat::sniff(bytes.left(FileFormat::kHeadBytes)));
        return read.ok() ? read.document.metadata : DocumentMetadata{};
    }
    const Result<QStringList> pages = letters.pageTexts(rendition.id);
    if (!pages || pages->isEmpty())
        return {};
    return MetadataParser::parse(pages->first(), pages->join(QLatin1Char('\f')));
}

} // namespace

Result<void> RecognitionRefresh::run(Database& db, const QString& folder)
{
    Result<int> done = Schema::derivedVersion(db, kName);
    if (!done)
        return done.error();
    if (*done >= MetadataParser::kVersion)
        return {};
    Transaction transaction(db);
    if (!transaction.ok())
        return transaction.error();
    LetterRepository letters(db);
    Result<QList<LetterRecord>> all = letters.letters();
    if (!all)
        return all.error();
    const QString now = storedNow();
    int changed = 0;
    for (const LetterRecord& letter : *all) {
        DocumentMetadata merged = letter.metadata;
        const RenditionRecord* primary = letter.primaryRendition();
        if (primary)
            merged.fillGapsFrom(readAgain(letters, *primary, folder));
        for (const RenditionRecord& r : letter.renditions)
            if (&r != primary)
                merged.fillGapsFrom(readAgain(letters, r, folder));
        if (QJsonDocument(merged.toJson()) == QJsonDocument(letter.metadata.toJson()))
            continue;
        ++changed;
        if (Result<void> r = letters.updateLetter(letter.id, merged, now); !r)
            return r.error();
        if (letter.metadata.dossiers.isEmpty() && !merged.dossiers.isEmpty())
            if (Result<void> r = letters.fileInDossiers(letter.id, merged.dossiers); !r)
                return r.error();
        const QString id = merged.publicationId();
        if (letter.metadata.publicationId().isEmpty() && !id.isEmpty()) {
            Result<qint64> other = letters.letterWithKey(id);
            if (!other)
                return other.error();
            if (*other == 0)
                if (Result<void> r = letters.setKey(letter.id, id, merged.kstId); !r)
                    return r.error();
        }
    }
    // A letter's own ids are no references of its own: the references are scanned again, by
    // Schema::refreshIndexes right after, with what each letter is now known as.
    if (changed > 0)
        if (Result<void> r = Schema::setDerivedVersion(db, QStringLiteral("references"), 0); !r)
            return r.error();
    if (Result<void> r = Schema::setDerivedVersion(db, kName, MetadataParser::kVersion); !r)
        return r.error();
    return transaction.commit();
}

} // namespace kl

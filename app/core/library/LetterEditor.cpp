#include "LetterEditor.h"

#include "Library.h"
#include "StoredTime.h"

#include "base/ResultLog.h"
#include "storage/Database.h"
#include "storage/LetterRepository.h"

#include <QDateTime>

namespace kl {

LetterEditor::LetterEditor(Library& library)
    : m_library(library)
{
}

QString LetterEditor::kstIdOf(const DocumentMetadata& m)
{
    if (m.dossiers.isEmpty() || m.ondernummer.isEmpty())
        return {};
    const Dossier& d = m.dossiers.first();
    return QStringLiteral("kst-%1%2-%3")
        .arg(d.number, d.addition.isEmpty() ? QString() : QLatin1Char('-') + d.addition, m.ondernummer);
}

bool LetterEditor::setMetadata(qint64 letterId, const DocumentMetadata& metadata, QString* error)
{
    Database& db = m_library.database();
    LetterRepository letters(db);
    Transaction transaction(db);
    if (!transaction.ok())
        return succeeded(transaction.error(), error);
    DocumentMetadata m = metadata;
    // A Kamerstuk stays one: its id is made of the dossier and number the user gave.
    if (!m.kstId.isEmpty())
        m.kstId = kstIdOf(m).isEmpty() ? m.kstId : kstIdOf(m);
    const Result<qint64> other = letters.resolveId(m.kstId);
    if (!m.kstId.isEmpty() && other && *other != 0 && *other != letterId)
        return succeeded(Error::invalid(QStringLiteral("letter %1 is %2 already").arg(*other).arg(m.kstId)), error);
    const QString now = storedNow();
    if (!succeeded(letters.updateLetter(letterId, m, now), error) ||
        !succeeded(letters.setKstId(letterId, m.kstId), error) ||
        !succeeded(letters.refileInDossiers(letterId, m.dossiers), error) || !succeeded(transaction.commit(), error))
        return false;
    m_library.notify({LibraryChange::Letters, {letterId}});
    return true;
}

} // namespace kl

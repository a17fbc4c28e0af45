#include "FollowedDossiers.h"

#include "Library.h"
#include "StoredTime.h"

#include "base/ResultLog.h"
#include "storage/Database.h"
#include "storage/FollowRepository.h"

#include <QDateTime>
#include <QRegularExpression>

namespace kl {

FollowedDossiers::FollowedDossiers(Library& library)
    : m_library(library)
{
}

std::optional<Dossier> FollowedDossiers::parse(const QString& text)
{
    // A number of up to six digits, written with a space as thousands separator or not, then an optional
    // addition: a Roman numeral, letters, or a sub-dossier number ("21501-20").
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,3}(?:[ \\x{00A0}]?\\d{3})?)"
                                                        "(?:[\\s\\-]+([A-Za-z]{1,5}|\\d{1,3}))?\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    Dossier d;
    d.number = m.captured(1).remove(QLatin1Char(' ')).remove(QChar(0x00A0));
    d.addition = m.captured(2).toUpper();
    return d;
}

qint64 FollowedDossiers::follow(const Dossier& dossier, QString* error)
{
    Result<qint64> id = FollowRepository(m_library.database()).follow(dossier, storedNow());
    if (!id) {
        succeeded(id.error(), error);
        return 0;
    }
    m_library.notify({LibraryChange::Followed, {}});
    return *id;
}

bool FollowedDossiers::unfollow(const Dossier& dossier, QString* error)
{
    if (!succeeded(FollowRepository(m_library.database()).unfollow(dossier), error))
        return false;
    m_library.notify({LibraryChange::Followed, {}});
    return true;
}

QList<FollowedDossier> FollowedDossiers::all() const
{
    return valueOrWarn(FollowRepository(m_library.database()).followed(), "followed dossiers");
}

std::optional<FollowedDossier> FollowedDossiers::find(const Dossier& dossier) const
{
    for (const FollowedDossier& f : all())
        if (f.dossier == dossier)
            return f;
    return std::nullopt;
}

bool FollowedDossiers::recordUpdate(qint64 id, const QString& tkCursor, const QString& koopCursor,
                                    const QString& problem, QString* error)
{
    FollowRepository repository(m_library.database());
    Transaction transaction(m_library.database());
    if (!transaction.ok())
        return succeeded(transaction.error(), error);
    if (!succeeded(repository.setCursors(id, tkCursor, koopCursor), error) ||
        !succeeded(repository.setChecked(id, storedNow(), problem), error) || !succeeded(transaction.commit(), error))
        return false;
    m_library.notify({LibraryChange::Followed, {}});
    return true;
}

} // namespace kl

#include "AnnotationStore.h"

#include "AnnotationColor.h"
#include "base/ResultLog.h"
#include "library/Library.h"
#include "storage/AnnotationRepository.h"

namespace kl {

namespace {

// A valid colour, normalized in place.
bool validColor(Annotation& a, QString* error)
{
    const QString color = AnnotationColor::normalized(a.color);
    if (color.isEmpty())
        return succeeded(Error::invalid(QStringLiteral("unknown colour '%1'").arg(a.color)), error);
    a.color = color;
    return true;
}

} // namespace

AnnotationStore::AnnotationStore(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
}

AnnotationRepository AnnotationStore::repository() const
{
    return AnnotationRepository(m_library.database());
}

bool AnnotationStore::add(Annotation& a, QString* error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!a.created.isValid())
        a.created = now;
    a.modified = a.modified.isValid() ? a.modified : now;
    if (!validColor(a, error) || !succeeded(repository().add(a), error))
        return false;
    m_library.notify({LibraryChange::Annotations, {a.letterId}});
    return true;
}

bool AnnotationStore::update(Annotation& a, QString* error)
{
    a.modified = QDateTime::currentDateTimeUtc();
    if (!validColor(a, error) || !succeeded(repository().update(a), error))
        return false;
    m_library.notify({LibraryChange::Annotations, {a.letterId}});
    return true;
}

bool AnnotationStore::remove(qint64 id, QString* error)
{
    const std::optional<Annotation> existing = annotation(id);
    if (!existing)
        return succeeded(Error::notFound(QStringLiteral("no annotation %1").arg(id)), error);
    if (!succeeded(repository().remove(id), error))
        return false;
    m_library.notify({LibraryChange::Annotations, {existing->letterId}});
    return true;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    return valueOrWarn(repository().annotation(id), "annotations");
}

QList<Annotation> AnnotationStore::forLetter(qint64 letterId) const
{
    return valueOrWarn(repository().forLetter(letterId), "annotations");
}

QHash<qint64, int> AnnotationStore::countsByLetter() const
{
    return valueOrWarn(repository().countsByLetter(), "annotation counts");
}

QString AnnotationStore::colorMeaning(const QString& color) const
{
    return valueOrWarn(repository().colorMeaning(AnnotationColor::normalized(color)), "colour meanings");
}

bool AnnotationStore::setColorMeaning(const QString& color, const QString& meaning)
{
    QString error;
    if (!succeeded(repository().setColorMeaning(AnnotationColor::normalized(color), meaning.trimmed()), &error)) {
        qWarning("colour meanings: %s", qPrintable(error));
        return false;
    }
    m_library.notify({LibraryChange::ColorMeanings, {}});
    return true;
}

} // namespace kl

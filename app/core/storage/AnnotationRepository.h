#pragma once

#include "annotations/Annotation.h"
#include "base/Result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace kl {

class Database;

// The SQL of `annotations`, `annotation_tags` and `color_meanings`. Every change is one transaction (or joins the
// caller's), committed before the call returns.
class AnnotationRepository {
public:
    explicit AnnotationRepository(Database& db);

    // Inserts the annotation with its tags; sets its id when it had none (one that has an id keeps it).
    Result<void> add(Annotation& annotation);
    // Error NotFound when there is no such annotation.
    Result<void> update(const Annotation& annotation);
    Result<void> remove(qint64 id);

    Result<std::optional<Annotation>> annotation(qint64 id) const;
    // Letter notes first, then in the order of the text.
    Result<QList<Annotation>> forLetter(qint64 letterId) const;
    Result<QHash<qint64, int>> countsByLetter() const;

    // Empty when the colour has no meaning; an empty meaning takes it away.
    Result<QString> colorMeaning(const QString& color) const;
    Result<void> setColorMeaning(const QString& color, const QString& meaning);

private:
    Result<void> writeTags(qint64 id, const QStringList& tags);
    Result<QList<Annotation>> query(const QString& where, const QVariantList& binds) const;

    Database& m_db;
};

} // namespace kl

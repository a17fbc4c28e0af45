#pragma once

#include "Annotation.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace kl {

class AnnotationRepository;
class Library;

// The annotations of the library's letters, in the library's own database. Every change is one transaction,
// committed before the call returns: acknowledged means stored.
class AnnotationStore : public QObject {
    Q_OBJECT
public:
    explicit AnnotationStore(Library& library, QObject* parent = nullptr);

    // Stores a new annotation and sets its id and times. An annotation that has an id keeps it (the undo of
    // a delete puts back exactly what was there). Returns false and says why in `error`.
    bool add(Annotation& annotation, QString* error = nullptr);
    bool update(Annotation& annotation, QString* error = nullptr);
    bool remove(qint64 id, QString* error = nullptr);

    std::optional<Annotation> annotation(qint64 id) const;
    // In reading order of the rendition they were made in; letter notes first.
    QList<Annotation> forLetter(qint64 letterId) const;
    QHash<qint64, int> countsByLetter() const;

    // The meaning the user gave a colour ("important", "promise to the Kamer"); empty when none.
    QString colorMeaning(const QString& color) const;
    bool setColorMeaning(const QString& color, const QString& meaning);

private:
    AnnotationRepository repository() const;

    Library& m_library;
};

} // namespace kl

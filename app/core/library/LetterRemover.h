#pragma once

#include "RemovedLetter.h"

#include <QString>

namespace kl {

class Library;

// Takes a letter out of the library: its renditions, texts, references, links and, as the user chose, its
// annotations, or keeps those for when the same document is imported again. The stored copies are moved to
// files/removed/ and deleted a day later, when the library is opened, so undo within a session can bring
// everything back as it was. One transaction, one change notice; LibrarySession makes it an undo step.
class LetterRemover {
public:
    enum class Annotations { Keep, Delete };

    explicit LetterRemover(Library& library);

    // What a removal would take with it, for asking the user first.
    struct Contents {
        int annotations = 0;
        int links = 0;
    };
    Result<Contents> contents(qint64 letterId) const;

    Result<RemovedLetter> remove(qint64 letterId, Annotations annotations);
    Result<void> restore(const RemovedLetter& removed);

    // Deletes the copies moved aside by removals older than a day.
    static void purgeRemovedCopies(const QString& libraryFolder);

private:
    QString copyPath(const QString& file) const;
    QString removedPath(const QString& file) const;

    Library& m_library;
};

} // namespace kl

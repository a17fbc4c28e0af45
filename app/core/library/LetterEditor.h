#pragma once

#include "document/DocumentMetadata.h"

#include <QString>

namespace kl {

class Library;

// What the user corrects by hand in a letter's description: title, kind, dossier, number, date, sender. The
// letter keeps its key (its annotations and links stay with it); a Kamerstuk's id follows its new dossier and
// number. One transaction, one change notice; LibrarySession makes it an undo step.
class LetterEditor {
public:
    explicit LetterEditor(Library& library);

    bool setMetadata(qint64 letterId, const DocumentMetadata& metadata, QString* error = nullptr);
    // The Kamerstuk id a description has ("kst-36600-VI-48"), empty when it names no dossier and number.
    static QString kstIdOf(const DocumentMetadata& m);

private:
    Library& m_library;
};

} // namespace kl

#pragma once

#include "Dossier.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace kl {

// What a document is, as far as it can be known from its text. Unknown fields stay empty (null in JSON):
// never a guess.
struct DocumentMetadata {
    QString kstId;        // "kst-19637-3274"
    int chamber = 0;      // 1 Eerste Kamer, 2 Tweede Kamer, 0 unknown
    QString vergaderjaar; // "2024-2025"
    QList<Dossier> dossiers;
    QString ondernummer;   // "3274", or an Eerste Kamer letter "C"
    QString kind;          // one of the kinds of DESIGN.md section 6
    QString title;         // as printed
    QString readableTitle; // a title printed in capitals, in sentence case with its names (TitleCase)
    QDate date;
    QString sender;
    QString signatory;       // the principal signature, as printed
    QStringList signatories; // every signature (a motie's indieners), in printed order; signatory is among them
    QString namedAs;         // "regeerprogramma", ...
    // The date the document prints when that date is demonstrably wrong (then date stays empty).
    QDate datePrinted;
    // Aanhangsel Handelingen (answers to Kamervragen): the number in the Aanhangsel, and the Zaak of the questions
    // ("2024Z01234"); Handelingen: the vergadering and the item.
    QString aanhangselNumber;
    QString zaak;
    QStringList questioners; // the members who asked, as printed ("Van Weyenberg", "Romke de Jong")
    QDate questionsDate;     // when the questions were sent in ("ingezonden"); date is the answer's
    int vergadering = 0;
    int item = 0;
    // The id the source itself gives a publication whose id cannot be built from the fields ("blg-1007826").
    QString sourceId;

    // The id the official repository gives the publication (DESIGN.md section 3): "kst-19637-3274" for a
    // Kamerstuk, "ah-tk-20232024-1234" for answers in the Aanhangsel, "kv-tk-2024Z01234" for Kamervragen not yet
    // answered, "h-tk-20232024-40-6" for a Handelingen item; empty when the document is not an official
    // publication (a beslisnota, a ministry letter).
    QString publicationId() const;
    // "Kamerstukken II 2024/25, 19637, nr. 3274" (Aanwijzing 3.43), empty when not a Kamerstuk.
    QString citation() const;
    // Fills the fields that are empty here from another description of the same document.
    void fillGapsFrom(const DocumentMetadata& other);
    // The JSON of DESIGN.md section 6 (without format, pages and references).
    QJsonObject toJson() const;
};

} // namespace kl

#pragma once

#include "BriefingPack.h"
#include "annotations/PlacedAnnotation.h"
#include "library/LetterRecord.h"
#include "library/OfficialSource.h"
#include "library/RenditionText.h"
#include "toezeggingen/Toezegging.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace kl {

// Everything a briefing pack shows, read from the library once (BriefingPackCollector) so that laying it out and
// painting it need no library: they may run on another thread, for another device, or again for a print preview.
struct BriefingPackContent {
    // One letter of the pack, with the texts and highlights its parts are made of.
    struct Letter {
        qint64 id = 0;
        LetterRecord record;
        QString heading;  // citation, or the title when there is none
        QString subtitle; // the title under a citation, in sentence case; empty without a citation
        // What the official sources say of it: which they are, whether they withdrew it, a motie's vote.
        QList<OfficialSource> official;
        // Excerpts: placed in the PDF rendition when there is one (its page numbers are the original's).
        qint64 excerptRendition = 0;
        QList<PlacedAnnotation> excerpts;
        QHash<QString, QString> meanings; // colour -> what the user says it means
        // Body: text, or original pages.
        bool originals = false; // the body is the PDF's pages
        QString pdfPath;
        QString pdfSha256; // what the copy at pdfPath must be, checked before it is printed
        int pdfPages = 0;
        RenditionText pdfText;
        QList<PlacedAnnotation> pdfPlaced;
        RenditionText bodyText;
        QList<PlacedAnnotation> bodyPlaced;
    };

    // A place where one letter cites another, or a document outside the library: for the cross-reference index.
    struct Reference {
        qint64 fromLetter = 0; // in the pack (or outside, for citedBy)
        int fromPage = 0;
        QString text; // as written
        QString target;
        qint64 toLetter = 0; // 0: not in the library
        bool link = false;   // made by hand, not found in the text
        QString note;
    };

    BriefingPack pack;
    QList<Letter> letters;         // in the pack's order; letters that are not in the library left out
    QList<Reference> outgoing;     // from letters in the pack
    QList<Reference> citedBy;      // letters outside the pack that cite one in it
    QHash<qint64, QString> labels; // letter id -> how the index names it
    // The open toezeggingen of the dossiers the pack's letters belong to, per dossier, by deadline; last (dossier
    // empty) those of the pack's letters that have no dossier.
    QList<std::pair<QString, QList<Toezegging>>> toezeggingen;
    QDate today; // against which a toezegging is overdue

    QSet<qint64> letterIds() const;
};

} // namespace kl

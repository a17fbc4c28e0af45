#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace kl {

// What a briefing pack holds: the letters in the order they are to be read, and which parts to print. The
// BriefingPackBuilder lays it out on A4.
struct BriefingPack {
    // What follows a letter's excerpts: nothing, its text, or the pages of its PDF with the highlights drawn on
    // them (letters without a PDF get their text).
    enum Body { NoBody, FullText, OriginalPages };

    QString title;
    QDate date;           // printed on the cover; invalid: today
    QString organisation; // "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", may be empty
    QString marking;      // "Intern", "Vertrouwelijk": printed on every page; may be empty
    QList<qint64> letterIds;

    bool cover = true;
    bool contents = true;
    bool metadata = true; // per letter: kind, date, sender, dossiers, ...
    bool excerpts = true; // highlighted passages in reading order, with notes and tags
    Body body = FullText;
    bool crossReferences = true; // index of references between the letters and to documents outside the pack
    bool toezeggingen = true;    // the open toezeggingen of the pack's dossiers

    // A title for a pack of these letters when the user gave none.
    static QString defaultTitle();
};

} // namespace kl

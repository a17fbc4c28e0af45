#pragma once

#include <QFlags>
#include <QMetaType>
#include <QSet>

namespace kl {

// What a change to the library touched, so a listener re-reads only that. One notice may stand for many
// changes: a batch (an import of 500 files) is one notice with every letter it touched.
struct LibraryChange {
    enum Part {
        Letters = 0x01,       // letters added, renditions added, metadata (named-as) changed
        Annotations = 0x02,   // annotations and letter notes
        Links = 0x04,         // hand-made cross-references
        SavedSearches = 0x08, // named searches
        ColorMeanings = 0x10, // the meanings of the highlight colours
        // Another process (the CLI, a second window) wrote to the library: anything may have changed.
        External = 0x20,
        Followed = 0x40,     // the followed dossiers, their cursors and unread counts
        Toezeggingen = 0x80, // toezeggingen found, added, edited, kept or dismissed
        Everything = 0xff,
    };
    Q_DECLARE_FLAGS(Parts, Part)

    Parts what;
    QSet<qint64> letters; // the letters touched; empty with External or when unknown

    bool touches(Part part) const { return what.testFlag(part) || what.testFlag(External); }
    // True when `letterId` may be affected: it is named, or the change names no letters.
    bool touchesLetter(qint64 letterId) const { return letters.isEmpty() || letters.contains(letterId); }
    void merge(const LibraryChange& other)
    {
        what |= other.what;
        letters.unite(other.letters);
    }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(LibraryChange::Parts)

} // namespace kl

Q_DECLARE_METATYPE(kl::LibraryChange)

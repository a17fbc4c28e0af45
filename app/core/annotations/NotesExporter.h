#pragma once

#include <QList>
#include <QString>

namespace kl {

class AnnotationStore;
class Library;

// The annotations of letters as a Markdown briefing: per letter its citation and title, then every excerpt in
// reading order with its page, note and tags, and the toezeggingen made in it with their state and deadline; last
// the open toezeggingen of the Kamer's register in the letters' dossiers.
class NotesExporter {
public:
    static QString markdown(const Library& library, const AnnotationStore& store, const QList<qint64>& letterIds);
};

} // namespace kl

#pragma once

#include "Passage.h"
#include "annotations/Annotation.h"
#include "base/Result.h"
#include "document/DocumentMetadata.h"
#include "export/PdfAnnotationImporter.h"
#include "export/W3cAnnotations.h"
#include "links/Link.h"
#include "search/SearchQuery.h"
#include "toezeggingen/Toezegging.h"

#include <QObject>

#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace kl {

class AnnotationStore;
class Library;
class LinkStore;
class PassageLocator;
class SavedSearchStore;
class ToezeggingStore;
struct CommandOutcome;

// One user's work on one library: the stores, the one undo stack and every edit a user can make, as Okular's
// Document owns its undo stack and builds the commands. The window, its panels and the CLI all edit through
// here, so an edit is the same wherever it is made: stored at once, undoable, its failure reported.
//
//     LibrarySession session(library);
//     const Result<qint64> id = session.annotateQuote(letter, "opt-out", 1, "yellow", "check this");
//     if (!id) qWarning() << id.error().message();
//     session.undoStack()->undo();
class LibrarySession : public QObject {
    Q_OBJECT
public:
    explicit LibrarySession(Library& library, QObject* parent = nullptr);
    ~LibrarySession() override;

    Library& library() const { return m_library; }
    const AnnotationStore& annotations() const { return *m_annotations; }
    const LinkStore& links() const { return *m_links; }
    const SavedSearchStore& savedSearches() const { return *m_savedSearches; }
    const PassageLocator& passages() const { return *m_locator; }
    const ToezeggingStore& toezeggingen() const { return *m_toezeggingen; }
    QUndoStack* undoStack() const { return m_undo; }

    // Annotations. A new one gets its id; every call is one undo step.
    Result<qint64> addAnnotation(const Annotation& annotation);
    // The `occurrence`-th place of `quote` in the letter, highlighted (what `kamerlezer-cli annotate` does).
    Result<qint64> annotateQuote(qint64 letterId, const QString& quote, int occurrence, const QString& color,
                                 const QString& note = QString(), const QStringList& tags = {},
                                 Annotation::Style style = Annotation::Highlight);
    Result<void> setNote(qint64 id, const QString& note);
    Result<void> setTags(qint64 id, const QStringList& tags);
    Result<void> recolor(qint64 id, const QString& color);
    Result<void> setStyle(qint64 id, Annotation::Style style);
    // Moves an annotation to a new anchor (a selection in some rendition): keeps its note, colour and tags.
    Result<void> reattach(qint64 id, const Annotation& newPlace);
    Result<void> removeAnnotation(qint64 id);
    // The note on the letter as a whole (the first LetterNote), created or edited; empty clears nothing new.
    std::optional<Annotation> letterNote(qint64 letterId) const;
    Result<qint64> setLetterNote(qint64 letterId, const QString& note);

    // What the user calls a colour ("important"); not an edit of a document, so not on the undo stack.
    QString colorMeaning(const QString& color) const;
    Result<void> setColorMeaning(const QString& color, const QString& meaning);

    // Named searches: kept in the library, not edits of a document, so not on the undo stack.
    Result<qint64> saveSearch(const QString& name, const SearchQuery& query);
    Result<void> removeSavedSearch(qint64 id);

    // Cross-references. `toQuote` empty links to the letter as a whole; else the passage is found by the
    // PassageLocator in any of the target's renditions.
    Result<qint64> link(const Passage& from, qint64 toLetter, const QString& toQuote, const QString& note = QString());
    // Both ends found by quote: `kamerlezer-cli link` and anything else that has no selection.
    Result<qint64> linkQuotes(qint64 fromLetter, const QString& fromQuote, qint64 toLetter, const QString& toQuote,
                              const QString& note = QString());
    // A link to a passage already placed (a related passage, a search hit).
    Result<qint64> linkPassages(const Passage& from, const Passage& to, const QString& note = QString());
    Result<void> setLinkNote(qint64 id, const QString& note);
    Result<void> removeLink(qint64 id);

    // Marks a letter as the document named references point to ("regeerprogramma"); empty clears it.
    Result<void> setNamedAs(qint64 letterId, const QString& name);
    // A correction by hand of the letter's description (title, kind, dossier, number, date, sender).
    Result<void> editMetadata(qint64 letterId, const DocumentMetadata& metadata);
    // Takes letters out of the library, one undo step; `keepAnnotations` keeps theirs for when the same document
    // is imported again, else they go too.
    Result<void> removeLetters(const QList<qint64>& letterIds, bool keepAnnotations);
    // Makes `other` part of `keep` (the same document imported twice): its files, annotations and links move,
    // keep's details stay. One undo step.
    Result<void> mergeLetters(qint64 keep, qint64 other);

    // Toezeggingen: each edit one undo step. A toezegging added by hand from a selection of a letter, made by the
    // letter's sender on its date, its deadline read from the selected words.
    Result<qint64> addToezegging(const Passage& from);
    Result<void> setToezeggingStatus(qint64 id, Toezegging::Status status);
    // An invalid `due` takes the date away; `phrase` is kept as written when given.
    Result<void> setToezeggingDeadline(qint64 id, const QDate& due, const QString& phrase = QString());
    // Kept by this letter (added to the ones that keep it) and marked kept.
    Result<void> markToezeggingKept(qint64 id, qint64 letterId);
    // A false detection: kept as dismissed, so it is not found again; one added by hand is deleted.
    Result<void> dismissToezegging(qint64 id);

    // Annotations from elsewhere, each import one undo step (a macro) and one change notice.
    Result<W3cAnnotations::ImportResult> importW3c(const QByteArray& json);
    Result<PdfAnnotationImporter::Result> importPdfAnnotations(qint64 letterId, const QString& pdfPath);

Q_SIGNALS:
    // A step the library refused: on the first do, or on an undo or redo from the menu. The step is dropped.
    void editFailed(const kl::Error& error);

private:
    // Pushes one command and gives back what it did: the new id, or the error that made it obsolete.
    Result<qint64> push(QUndoCommand* command);
    Result<void> editAnnotation(qint64 id, const std::function<void(Annotation&)>& change, const QString& text);
    Result<qint64> addLink(const Link& link);
    Result<void> editToezegging(qint64 id, const std::function<void(Toezegging&)>& change, const QString& text);
    // The annotations an importer found, added as one undo step.
    Result<qint64> pushImport(const QString& text, const QList<Annotation>& annotations);
    static AnnotationSink collectInto(QList<Annotation>& list);

    Library& m_library;
    std::unique_ptr<AnnotationStore> m_annotations;
    std::unique_ptr<LinkStore> m_links;
    std::unique_ptr<SavedSearchStore> m_savedSearches;
    std::unique_ptr<PassageLocator> m_locator;
    std::unique_ptr<ToezeggingStore> m_toezeggingen;
    std::unique_ptr<CommandOutcome> m_outcome;
    QUndoStack* m_undo;
};

} // namespace kl

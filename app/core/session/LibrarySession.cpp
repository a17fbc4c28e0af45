#include "LibrarySession.h"

#include "PassageLocator.h"
#include "annotations/AnnotationColor.h"
#include "annotations/AnnotationStore.h"
#include "annotations/QuoteAnnotator.h"
#include "commands/CommandOutcome.h"
#include "commands/EditAnnotationCommand.h"
#include "commands/EditItemCommand.h"
#include "commands/EditMetadataCommand.h"
#include "commands/ItemCommand.h"
#include "commands/MergeLettersCommand.h"
#include "commands/RemoveLetterCommand.h"
#include "commands/SetNamedAsCommand.h"
#include "library/Library.h"
#include "library/LibraryBatch.h"
#include "links/LinkStore.h"
#include "search/SavedSearchStore.h"
#include "toezeggingen/DeadlineParser.h"
#include "toezeggingen/ToezeggingDetector.h"
#include "toezeggingen/ToezeggingStore.h"

#include <QLocale>
#include <QUndoStack>

#include <algorithm>

namespace kl {

namespace {

using AnnotationCommand = ItemCommand<AnnotationStore, Annotation>;
using LinkCommand = ItemCommand<LinkStore, Link>;
using EditLink = EditItemCommand<LinkStore, Link>;
using ToezeggingCommand = ItemCommand<ToezeggingStore, Toezegging>;
using EditToezegging = EditItemCommand<ToezeggingStore, Toezegging>;

} // namespace

LibrarySession::LibrarySession(Library& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_annotations(std::make_unique<AnnotationStore>(library))
    , m_links(std::make_unique<LinkStore>(library))
    , m_savedSearches(std::make_unique<SavedSearchStore>(library))
    , m_locator(std::make_unique<PassageLocator>(library))
    , m_toezeggingen(std::make_unique<ToezeggingStore>(library))
    , m_outcome(std::make_unique<CommandOutcome>())
    , m_undo(new QUndoStack(this))
{
    m_outcome->onFailure = [this](const Error& error) { Q_EMIT editFailed(error); };
}

LibrarySession::~LibrarySession()
{
    // The commands refer to the stores: they go first.
    m_undo->clear();
}

Result<qint64> LibrarySession::push(QUndoCommand* command)
{
    m_outcome->reset();
    m_undo->push(command); // may delete the command when it failed
    if (m_outcome->error)
        return m_outcome->error;
    return m_outcome->id;
}

Result<qint64> LibrarySession::addAnnotation(const Annotation& annotation)
{
    const QString text = annotation.style == Annotation::LetterNote ? tr("Add note to letter") : tr("Add highlight");
    return push(new AnnotationCommand(AnnotationCommand::Add, *m_annotations, annotation, text, *m_outcome));
}

Result<qint64> LibrarySession::annotateQuote(qint64 letterId, const QString& quote, int occurrence,
                                             const QString& color, const QString& note, const QStringList& tags,
                                             Annotation::Style style)
{
    const QString normalized = AnnotationColor::normalized(color);
    if (normalized.isEmpty())
        return Error::invalid(tr("unknown colour '%1'").arg(color));
    const Result<Passage> place = m_locator->find(letterId, quote, occurrence);
    if (!place)
        return place.error();
    Annotation a = QuoteAnnotator::at(*place);
    a.style = style;
    a.color = normalized;
    a.note = note;
    a.tags = tags;
    return addAnnotation(a);
}

Result<void> LibrarySession::editAnnotation(qint64 id, const std::function<void(Annotation&)>& change,
                                            const QString& text)
{
    const std::optional<Annotation> before = m_annotations->annotation(id);
    if (!before)
        return Error::notFound(tr("no annotation %1").arg(id));
    Annotation after = *before;
    change(after);
    const Result<qint64> done = push(new EditAnnotationCommand(*m_annotations, *before, after, text, *m_outcome));
    return done ? Result<void>() : done.error();
}

Result<void> LibrarySession::setNote(qint64 id, const QString& note)
{
    const std::optional<Annotation> a = m_annotations->annotation(id);
    if (a && a->note == note)
        return {};
    return editAnnotation(
        id, [&](Annotation& x) { x.note = note; }, tr("Edit note"));
}

Result<void> LibrarySession::setTags(qint64 id, const QStringList& tags)
{
    QStringList clean;
    for (const QString& t : tags)
        if (!t.trimmed().isEmpty() && !clean.contains(t.trimmed()))
            clean.append(t.trimmed());
    const std::optional<Annotation> a = m_annotations->annotation(id);
    if (a && a->tags == clean)
        return {};
    return editAnnotation(
        id, [&](Annotation& x) { x.tags = clean; }, tr("Edit tags"));
}

Result<void> LibrarySession::recolor(qint64 id, const QString& color)
{
    const QString normalized = AnnotationColor::normalized(color);
    if (normalized.isEmpty())
        return Error::invalid(tr("unknown colour '%1'").arg(color));
    return editAnnotation(
        id, [&](Annotation& x) { x.color = normalized; },
        tr("Change colour to %1").arg(AnnotationColor::displayName(normalized)));
}

Result<void> LibrarySession::setStyle(qint64 id, Annotation::Style style)
{
    return editAnnotation(
        id, [&](Annotation& x) { x.style = style; },
        style == Annotation::Underline ? tr("Make underline") : tr("Make highlight"));
}

Result<void> LibrarySession::reattach(qint64 id, const Annotation& place)
{
    return editAnnotation(
        id,
        [&](Annotation& x) {
            x.renditionId = place.renditionId;
            x.anchor = place.anchor;
            x.page = place.page;
            x.rects = place.rects;
        },
        tr("Re-attach annotation"));
}

Result<void> LibrarySession::removeAnnotation(qint64 id)
{
    const std::optional<Annotation> a = m_annotations->annotation(id);
    if (!a)
        return Error::notFound(tr("no annotation %1").arg(id));
    const Result<qint64> done =
        push(new AnnotationCommand(AnnotationCommand::Remove, *m_annotations, *a, tr("Delete annotation"), *m_outcome));
    return done ? Result<void>() : done.error();
}

std::optional<Annotation> LibrarySession::letterNote(qint64 letterId) const
{
    for (const Annotation& a : m_annotations->forLetter(letterId))
        if (a.style == Annotation::LetterNote)
            return a;
    return std::nullopt;
}

Result<qint64> LibrarySession::setLetterNote(qint64 letterId, const QString& note)
{
    if (const std::optional<Annotation> existing = letterNote(letterId)) {
        const Result<void> done = setNote(existing->id, note);
        return done ? Result<qint64>(existing->id) : Result<qint64>(done.error());
    }
    if (note.isEmpty())
        return qint64(0);
    Annotation a;
    a.letterId = letterId;
    a.style = Annotation::LetterNote;
    a.note = note;
    return addAnnotation(a);
}

QString LibrarySession::colorMeaning(const QString& color) const
{
    return m_annotations->colorMeaning(color);
}

Result<void> LibrarySession::setColorMeaning(const QString& color, const QString& meaning)
{
    if (!m_annotations->setColorMeaning(color, meaning.trimmed()))
        return Error::storage(tr("the meaning of the colour could not be stored"));
    return {};
}

Result<qint64> LibrarySession::saveSearch(const QString& name, const SearchQuery& query)
{
    if (name.trimmed().isEmpty())
        return Error::invalid(tr("a saved search needs a name"));
    const qint64 id = m_savedSearches->save(name, query);
    if (!id)
        return Error::storage(tr("the search could not be saved"));
    return id;
}

Result<void> LibrarySession::removeSavedSearch(qint64 id)
{
    if (!m_savedSearches->remove(id))
        return Error::storage(tr("the saved search could not be removed"));
    return {};
}

Result<qint64> LibrarySession::addLink(const Link& link)
{
    const std::optional<LetterRecord> target = m_library.letter(link.toLetter);
    if (!target)
        return Error::notFound(tr("that document is not in the library"));
    auto* command =
        new LinkCommand(LinkCommand::Add, *m_links, link, tr("Link to %1").arg(target->displayTitle()), *m_outcome);
    return push(command);
}

Result<qint64> LibrarySession::link(const Passage& from, qint64 toLetter, const QString& toQuote, const QString& note)
{
    Passage to; // the letter as a whole, unless a passage of it is named
    to.letterId = toLetter;
    if (!toQuote.trimmed().isEmpty()) {
        const Result<Passage> found = m_locator->find(toLetter, toQuote);
        if (!found)
            return found.error();
        to = *found;
    }
    return linkPassages(from, to, note);
}

Result<qint64> LibrarySession::linkQuotes(qint64 fromLetter, const QString& fromQuote, qint64 toLetter,
                                          const QString& toQuote, const QString& note)
{
    const Result<Passage> from = m_locator->find(fromLetter, fromQuote);
    if (!from)
        return from.error();
    return link(*from, toLetter, toQuote, note);
}

Result<qint64> LibrarySession::linkPassages(const Passage& from, const Passage& to, const QString& note)
{
    Link l;
    l.fromLetter = from.letterId;
    l.fromRendition = from.renditionId;
    l.from = from.anchor;
    l.toLetter = to.letterId;
    l.toRendition = to.renditionId;
    l.to = to.anchor;
    l.note = note;
    return addLink(l);
}

Result<void> LibrarySession::setLinkNote(qint64 id, const QString& note)
{
    const std::optional<Link> before = m_links->link(id);
    if (!before)
        return Error::notFound(tr("no cross-reference %1").arg(id));
    if (before->note == note)
        return {};
    Link after = *before;
    after.note = note;
    const Result<qint64> done = push(new EditLink(*m_links, *before, after, tr("Edit cross-reference"), *m_outcome));
    return done ? Result<void>() : done.error();
}

Result<void> LibrarySession::removeLink(qint64 id)
{
    const std::optional<Link> l = m_links->link(id);
    if (!l)
        return Error::notFound(tr("no cross-reference %1").arg(id));
    const Result<qint64> done =
        push(new LinkCommand(LinkCommand::Remove, *m_links, *l, tr("Delete cross-reference"), *m_outcome));
    return done ? Result<void>() : done.error();
}

Result<void> LibrarySession::setNamedAs(qint64 letterId, const QString& name)
{
    if (!m_library.letter(letterId))
        return Error::notFound(tr("no such letter"));
    const Result<qint64> done = push(new SetNamedAsCommand(m_library, letterId, name, *m_outcome));
    return done ? Result<void>() : done.error();
}

Result<void> LibrarySession::editMetadata(qint64 letterId, const DocumentMetadata& metadata)
{
    const std::optional<LetterRecord> letter = m_library.letter(letterId);
    if (!letter)
        return Error::notFound(tr("no such letter"));
    const Result<qint64> done =
        push(new EditMetadataCommand(m_library, letterId, letter->metadata, metadata, *m_outcome));
    return done ? Result<void>() : done.error();
}

Result<void> LibrarySession::removeLetters(const QList<qint64>& letterIds, bool keepAnnotations)
{
    for (qint64 id : letterIds)
        if (!m_library.letter(id))
            return Error::notFound(tr("no letter %1 in the library").arg(id));
    if (letterIds.isEmpty())
        return {};
    const auto annotations = keepAnnotations ? LetterRemover::Annotations::Keep : LetterRemover::Annotations::Delete;
    LibraryBatch batch(m_library); // one change notice for all of them
    auto* step = new QUndoCommand(tr("Remove %n document(s)", "", int(letterIds.size())));
    for (qint64 id : letterIds)
        new RemoveLetterCommand(m_library, id, annotations, *m_outcome, step);
    const Result<qint64> done = push(step);
    return done ? Result<void>() : done.error();
}

Result<void> LibrarySession::mergeLetters(qint64 keep, qint64 other)
{
    if (keep == other)
        return Error::invalid(tr("a document cannot be merged with itself"));
    for (qint64 id : {keep, other})
        if (!m_library.letter(id))
            return Error::notFound(tr("no letter %1 in the library").arg(id));
    const Result<qint64> done = push(new MergeLettersCommand(m_library, keep, other, *m_outcome));
    return done ? Result<void>() : done.error();
}

Result<qint64> LibrarySession::addToezegging(const Passage& from)
{
    const std::optional<LetterRecord> letter = m_library.letter(from.letterId);
    if (!letter)
        return Error::notFound(tr("that document is not in the library"));
    Toezegging t;
    t.origin = Toezegging::Origin::Manual;
    t.letterId = from.letterId;
    t.renditionId = from.renditionId;
    t.anchor = from.anchor;
    t.text = ToezeggingDetector::tidy(from.anchor.exact);
    if (t.text.isEmpty())
        return Error::invalid(tr("select the words of the toezegging first"));
    t.who = letter->metadata.sender;
    t.madeOn = letter->metadata.date;
    const Deadline deadline = DeadlineParser().find(t.text, letter->metadata.date);
    t.deadlinePhrase = deadline.phrase;
    t.due = deadline.due;
    t.statusByUser = true;
    return push(new ToezeggingCommand(ToezeggingCommand::Add, *m_toezeggingen, t, tr("Add toezegging"), *m_outcome));
}

Result<void> LibrarySession::editToezegging(qint64 id, const std::function<void(Toezegging&)>& change,
                                            const QString& text)
{
    const std::optional<Toezegging> before = m_toezeggingen->toezegging(id);
    if (!before)
        return Error::notFound(tr("no toezegging %1").arg(id));
    Toezegging after = *before;
    change(after);
    const Result<qint64> done = push(new EditToezegging(*m_toezeggingen, *before, after, text, *m_outcome));
    return done ? Result<void>() : done.error();
}

Result<void> LibrarySession::setToezeggingStatus(qint64 id, Toezegging::Status status)
{
    return editToezegging(
        id,
        [status](Toezegging& t) {
            t.status = status;
            t.statusByUser = true;
        },
        tr("Set toezegging status"));
}

Result<void> LibrarySession::setToezeggingDeadline(qint64 id, const QDate& due, const QString& phrase)
{
    return editToezegging(
        id,
        [&](Toezegging& t) {
            t.due = due;
            t.deadlinePhrase = phrase.isEmpty() && due.isValid()
                                   ? QLocale(QLocale::Dutch).toString(due, QStringLiteral("d MMMM yyyy"))
                                   : phrase;
        },
        tr("Change toezegging deadline"));
}

Result<void> LibrarySession::markToezeggingKept(qint64 id, qint64 letterId)
{
    const std::optional<LetterRecord> letter = m_library.letter(letterId);
    if (!letter)
        return Error::notFound(tr("that document is not in the library"));
    return editToezegging(
        id,
        [letterId](Toezegging& t) {
            const bool known = std::any_of(t.keptBy.begin(), t.keptBy.end(),
                                           [&](const ToezeggingFulfilment& f) { return f.letterId == letterId; });
            if (!known)
                t.keptBy.append({letterId, QString()});
            t.status = Toezegging::Status::Kept;
            t.statusByUser = true;
        },
        tr("Mark toezegging kept by %1").arg(letter->displayTitle()));
}

Result<void> LibrarySession::dismissToezegging(qint64 id)
{
    const std::optional<Toezegging> t = m_toezeggingen->toezegging(id);
    if (!t)
        return Error::notFound(tr("no toezegging %1").arg(id));
    if (t->origin == Toezegging::Origin::Manual) {
        const Result<qint64> done = push(
            new ToezeggingCommand(ToezeggingCommand::Remove, *m_toezeggingen, *t, tr("Delete toezegging"), *m_outcome));
        return done ? Result<void>() : done.error();
    }
    return setToezeggingStatus(id, Toezegging::Status::Dismissed);
}

Result<qint64> LibrarySession::pushImport(const QString& text, const QList<Annotation>& annotations)
{
    if (annotations.isEmpty())
        return qint64(0);
    // One step for the whole import: its children are stored when it is pushed, in one change notice.
    LibraryBatch batch(m_library);
    auto* step = new QUndoCommand(text);
    for (const Annotation& a : annotations)
        new AnnotationCommand(AnnotationCommand::Add, *m_annotations, a, tr("Add highlight"), *m_outcome, step);
    return push(step);
}

Result<W3cAnnotations::ImportResult> LibrarySession::importW3c(const QByteArray& json)
{
    QList<Annotation> found;
    QString error;
    const W3cAnnotations::ImportResult result =
        W3cAnnotations::read(m_library, *m_annotations, json, collectInto(found), &error);
    if (!error.isEmpty())
        return Error::invalid(error);
    const Result<qint64> done = pushImport(tr("Import notes"), found);
    if (!done)
        return done.error();
    return result;
}

Result<PdfAnnotationImporter::Result> LibrarySession::importPdfAnnotations(qint64 letterId, const QString& pdfPath)
{
    QList<Annotation> found;
    QString error;
    const PdfAnnotationImporter::Result result =
        PdfAnnotationImporter::importInto(m_library, *m_annotations, letterId, pdfPath, collectInto(found), &error);
    if (!error.isEmpty())
        return Error::invalid(error);
    const Result<qint64> done = pushImport(tr("Import annotations from PDF"), found);
    if (!done)
        return done.error();
    return result;
}

AnnotationSink LibrarySession::collectInto(QList<Annotation>& list)
{
    return [&list](Annotation& a, QString*) {
        list.append(a);
        return true;
    };
}

} // namespace kl

#include "BriefingPackCollector.h"

#include "storage/ToezeggingRepository.h"

#include "annotations/AnnotationStore.h"
#include "library/Library.h"
#include "library/OfficialStore.h"
#include "links/BacklinkFinder.h"
#include "links/LinkStore.h"

namespace kl {

BriefingPackCollector::BriefingPackCollector(Library& library, const std::atomic_bool* cancel)
    : m_library(library)
    , m_cancel(cancel)
{
}

std::optional<BriefingPackContent> BriefingPackCollector::collect(const BriefingPack& pack)
{
    BriefingPackContent content;
    content.pack = pack;
    for (qint64 id : pack.letterIds) {
        if (cancelled())
            return std::nullopt;
        const std::optional<LetterRecord> record = m_library.letter(id);
        if (!record || record->renditions.isEmpty())
            continue;
        content.letters.append(letter(*record, pack));
        content.labels.insert(id, content.letters.last().heading);
    }
    if (pack.crossReferences)
        collectReferences(content);
    if (pack.toezeggingen)
        collectToezeggingen(content);
    if (cancelled())
        return std::nullopt;
    return content;
}

void BriefingPackCollector::collectToezeggingen(BriefingPackContent& content)
{
    content.today = QDate::currentDate();
    QStringList dossiers;
    for (const BriefingPackContent::Letter& d : content.letters)
        for (const Dossier& dossier : d.record.metadata.dossiers) {
            const QString key =
                dossier.addition.isEmpty() ? dossier.number : dossier.number + QLatin1Char('-') + dossier.addition;
            if (!dossiers.contains(key))
                dossiers.append(key);
        }
    ToezeggingRepository repository(m_library.database());
    for (const QString& key : dossiers) {
        ToezeggingRepository::Filter filter;
        filter.dossier = key;
        Result<QList<Toezegging>> all = repository.list(filter);
        if (!all)
            continue;
        QList<Toezegging> open;
        for (const Toezegging& t : *all)
            if (t.isOpen())
                open.append(t);
        if (open.isEmpty())
            continue;
        for (const Toezegging& t : open)
            if (t.letterId)
                label(content, t.letterId);
        content.toezeggingen.append({key, open});
    }
    // A letter without a dossier (answers to Kamervragen): its own.
    QList<Toezegging> loose;
    for (const BriefingPackContent::Letter& d : content.letters) {
        if (!d.record.metadata.dossiers.isEmpty())
            continue;
        ToezeggingRepository::Filter filter;
        filter.letterId = d.id;
        if (Result<QList<Toezegging>> own = repository.list(filter))
            for (const Toezegging& t : *own)
                if (t.isOpen())
                    loose.append(t);
    }
    if (!loose.isEmpty())
        content.toezeggingen.append({QString(), loose});
}

BriefingPackContent::Letter BriefingPackCollector::letter(const LetterRecord& record, const BriefingPack& pack)
{
    BriefingPackContent::Letter d;
    d.id = record.id;
    d.record = record;
    const DocumentMetadata& m = record.metadata;
    d.heading = m.citation().isEmpty() ? record.displayTitle() : m.citation();
    // Titles printed in capitals read in sentence case with their names (TitleCase, at import).
    d.subtitle = m.citation().isEmpty() ? QString() : record.displayTitle();
    d.official = OfficialStore(m_library).sources(record.id);

    // Excerpts are placed in the PDF when there is one, so their page numbers are those of the printed original.
    const RenditionRecord* pdf = nullptr;
    const RenditionRecord* text = nullptr;
    for (const RenditionRecord& r : record.renditions) {
        if (r.format == QLatin1String("pdf") && !pdf)
            pdf = &r;
        if (r.format != QLatin1String("pdf") && !text)
            text = &r;
    }
    AnnotationStore store(m_library);
    const QList<Annotation> annotations = store.forLetter(record.id);
    for (const Annotation& a : annotations)
        if (a.style != Annotation::LetterNote && !d.meanings.contains(a.color))
            d.meanings.insert(a.color, store.colorMeaning(a.color));

    const RenditionRecord& excerptRendition = *record.primaryRendition(); // the PDF when there is one
    d.excerptRendition = excerptRendition.id;
    const RenditionText excerptText = RenditionText::load(m_library, excerptRendition.id);
    d.excerpts = PlacedAnnotation::place(annotations, excerptRendition.id, excerptText);
    if (pdf) {
        d.pdfPath = pdf->storedPath;
        d.pdfSha256 = pdf->sha256;
        d.pdfText = excerptText;
        d.pdfPlaced = d.excerpts;
        d.pdfPages = std::max(pdf->pages, excerptText.pageCount());
    }
    // A letter without a PDF gets its text where the others get their original pages.
    d.originals = pack.body == BriefingPack::OriginalPages && pdf;
    if (pack.body == BriefingPack::FullText || (pack.body == BriefingPack::OriginalPages && !pdf)) {
        const RenditionRecord& body = text ? *text : record.renditions.first();
        d.bodyText = body.id == excerptRendition.id ? excerptText : RenditionText::load(m_library, body.id);
        d.bodyPlaced =
            body.id == excerptRendition.id ? d.excerpts : PlacedAnnotation::place(annotations, body.id, d.bodyText);
    }
    return d;
}

// References found in the text, links made by hand, and the letters outside the pack that cite one in it.
void BriefingPackCollector::collectReferences(BriefingPackContent& content)
{
    LinkStore links(m_library);
    const QSet<qint64> inPack = content.letterIds();
    for (const BriefingPackContent::Letter& d : content.letters) {
        const RenditionRecord& first = *d.record.primaryRendition();
        const RenditionText text = RenditionText::load(m_library, first.id);
        for (const Reference& r : m_library.references(first.id)) {
            BriefingPackContent::Reference e;
            e.fromLetter = d.id;
            e.fromPage = text.pageAt(r.start);
            e.text = r.text.simplified();
            e.target = r.target;
            e.toLetter = m_library.resolveTarget(r.target);
            if (e.toLetter != d.id)
                content.outgoing.append(e);
        }
        for (const Link& l : links.linksFrom(d.id)) {
            BriefingPackContent::Reference e;
            e.fromLetter = d.id;
            e.fromPage = RenditionText::load(m_library, l.fromRendition).pageAt(l.from.start);
            e.text = l.from.exact.simplified();
            e.toLetter = l.toLetter;
            e.link = true;
            e.note = l.note;
            content.outgoing.append(e);
        }
        for (const Backlink& b : BacklinkFinder::find(m_library, links, d.id)) {
            if (inPack.contains(b.letterId))
                continue;
            BriefingPackContent::Reference e;
            e.fromLetter = b.letterId;
            e.fromPage = b.page;
            e.text = b.text.simplified();
            e.toLetter = d.id;
            e.link = b.kind == Backlink::Link;
            e.note = b.note;
            label(content, b.letterId);
            content.citedBy.append(e);
        }
    }
    for (const BriefingPackContent::Reference& e : content.outgoing)
        if (e.toLetter)
            label(content, e.toLetter);
}

// How the index names a letter outside the pack: its citation, else its title.
void BriefingPackCollector::label(BriefingPackContent& content, qint64 letterId)
{
    if (content.labels.contains(letterId))
        return;
    QString label;
    if (const std::optional<LetterRecord> l = m_library.letter(letterId))
        label = l->metadata.citation().isEmpty() ? l->displayTitle() : l->metadata.citation();
    content.labels.insert(letterId, label);
}

} // namespace kl

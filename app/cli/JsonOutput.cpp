#include "JsonOutput.h"

#include "annotations/AnnotationStore.h"
#include "annotations/PlacedAnnotation.h"
#include "library/RenditionText.h"
#include "links/BacklinkFinder.h"
#include "links/LinkStore.h"

#include <QJsonDocument>

namespace kl {

QJsonArray JsonOutput::references(const QList<Reference>& refs, const Library* library)
{
    QJsonArray list;
    for (const Reference& r : refs) {
        QJsonObject o{{"kind", r.kind},
                      {"target", r.target},
                      {"text", r.text},
                      {"start", qint64(r.start)},
                      {"end", qint64(r.end)}};
        if (library) {
            const qint64 resolved = library->resolveTarget(r.target);
            o.insert(QStringLiteral("resolvedId"), resolved ? QJsonValue(resolved) : QJsonValue());
        }
        list.append(o);
    }
    return list;
}

QJsonObject JsonOutput::inspected(const ImportedDocument& doc)
{
    QJsonObject o = doc.metadata.toJson();
    o.insert(QStringLiteral("format"), doc.format);
    o.insert(QStringLiteral("pages"), int(doc.pages.size()));
    o.insert(QStringLiteral("textSource"), doc.hasOcrText() ? QStringLiteral("ocr") : QStringLiteral("file"));
    QJsonArray ocrPages;
    for (int i = 0; i < doc.pages.size(); ++i)
        if (doc.pages[i].fromOcr)
            ocrPages.append(i + 1);
    if (!ocrPages.isEmpty())
        o.insert(QStringLiteral("ocrPages"), ocrPages);
    o.insert(QStringLiteral("references"), references(doc.references, nullptr));
    if (!doc.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(doc.warnings));
    return o;
}

QJsonObject JsonOutput::shown(const Library& library, const AnnotationStore& annotations, const LinkStore& links,
                              const LetterRecord& letter)
{
    QJsonObject o = letter.toJson();
    o.insert(QStringLiteral("references"),
             letter.renditions.isEmpty() ? QJsonArray()
                                         : references(library.references(letter.primaryRendition()->id), &library));
    auto letterRef = [&](qint64 id) {
        const std::optional<LetterRecord> other = library.letter(id);
        return QJsonObject{
            {"id", id},
            {"kstId", other && !other->metadata.kstId.isEmpty() ? QJsonValue(other->metadata.kstId) : QJsonValue()},
            {"title", other ? other->displayTitle() : QString()}};
    };
    QJsonArray backlinks;
    for (const Backlink& b : BacklinkFinder::find(library, links, letter.id)) {
        QJsonObject o = letterRef(b.letterId);
        o.insert(QStringLiteral("kind"),
                 b.kind == Backlink::Link ? QStringLiteral("link") : QStringLiteral("reference"));
        o.insert(QStringLiteral("text"), b.text);
        o.insert(QStringLiteral("page"), b.page);
        o.insert(QStringLiteral("start"), qint64(b.start));
        o.insert(QStringLiteral("end"), qint64(b.end));
        if (b.kind == Backlink::Link) {
            o.insert(QStringLiteral("linkId"), b.linkId);
            o.insert(QStringLiteral("note"), b.note);
        }
        backlinks.append(o);
    }
    QJsonArray linkArray;
    for (const Link& l : links.linksFrom(letter.id)) {
        QJsonObject to = letterRef(l.toLetter);
        if (!l.to.isEmpty()) {
            to.insert(QStringLiteral("quote"), l.to.exact);
            to.insert(QStringLiteral("start"), qint64(l.to.start));
            to.insert(QStringLiteral("end"), qint64(l.to.end));
        }
        linkArray.append(QJsonObject{{"id", l.id},
                                     {"quote", l.from.exact},
                                     {"start", qint64(l.from.start)},
                                     {"end", qint64(l.from.end)},
                                     {"to", to},
                                     {"note", l.note},
                                     {"created", l.created.toString(Qt::ISODateWithMs)},
                                     {"modified", l.modified.toString(Qt::ISODateWithMs)}});
    }
    QJsonArray annotationArray;
    if (!letter.renditions.isEmpty()) {
        // Reported in the letter's primary rendition, the one whose format and pages this object shows.
        const RenditionRecord& shownIn = *letter.primaryRendition();
        for (const PlacedAnnotation& p : PlacedAnnotation::place(annotations.forLetter(letter.id), shownIn.id,
                                                                 RenditionText::load(library, shownIn.id))) {
            const Annotation& a = p.annotation;
            QJsonObject j{{"id", a.id},
                          {"style", Annotation::styleName(a.style)},
                          {"color", a.color},
                          {"quote", a.anchor.exact},
                          {"start", qint64(p.start)},
                          {"end", qint64(p.end)},
                          {"note", a.note},
                          {"tags", QJsonArray::fromStringList(a.tags)},
                          {"created", a.created.toString(Qt::ISODateWithMs)},
                          {"modified", a.modified.toString(Qt::ISODateWithMs)},
                          {"orphan", p.orphan()}};
            if (shownIn.format == QLatin1String("pdf"))
                j.insert(QStringLiteral("page"), p.page ? QJsonValue(p.page) : QJsonValue());
            annotationArray.append(j);
        }
    }
    o.insert(QStringLiteral("annotations"), annotationArray);
    o.insert(QStringLiteral("links"), linkArray);
    o.insert(QStringLiteral("backlinks"), backlinks);
    return o;
}

QByteArray JsonOutput::print(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return doc.toJson(QJsonDocument::Indented);
}

QJsonArray JsonOutput::official(const QList<OfficialSource>& sources)
{
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    QJsonArray out;
    for (const OfficialSource& s : sources)
        out.append(QJsonObject{{"source", s.record.source},
                               {"documentNumber", orNull(s.record.documentNumber)},
                               {"tkDocumentId", orNull(s.record.tkDocumentId)},
                               {"modified", orNull(s.record.modified)},
                               {"withdrawn", s.record.deleted},
                               {"fetched", s.fetched.isValid() ? QJsonValue(s.fetched.toString(Qt::ISODate))
                                                               : QJsonValue(QJsonValue::Null)},
                               {"fields", QJsonArray::fromStringList(s.record.fields())},
                               {"textSays", s.textValues}});
    return out;
}

QJsonValue JsonOutput::votes(const QList<OfficialSource>& sources)
{
    for (const OfficialSource& s : sources)
        if (!s.record.votes.isEmpty())
            return s.record.votes.toJson();
    return QJsonValue(QJsonValue::Null);
}

} // namespace kl

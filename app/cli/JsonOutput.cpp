#include "JsonOutput.h"

#include "annotations/AnnotationStore.h"
#include "annotations/PlacedAnnotation.h"
#include "library/RenditionText.h"

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
    o.insert(QStringLiteral("references"), references(doc.references, nullptr));
    if (!doc.warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(doc.warnings));
    return o;
}

QJsonObject JsonOutput::shown(const Library& library, const AnnotationStore& annotations, const LetterRecord& letter)
{
    QJsonObject o = letter.toJson();
    o.insert(QStringLiteral("references"),
             letter.renditions.isEmpty() ? QJsonArray()
                                         : references(library.references(letter.renditions.first().id), &library));
    QJsonArray backlinks;
    for (qint64 id : library.citingLetters(letter.id)) {
        const std::optional<LetterRecord> citing = library.letter(id);
        if (citing)
            backlinks.append(QJsonObject{
                {"id", id},
                {"kstId", citing->metadata.kstId.isEmpty() ? QJsonValue() : QJsonValue(citing->metadata.kstId)},
                {"title", citing->displayTitle()},
                {"kind", QStringLiteral("reference")}});
    }
    QJsonArray annotationArray;
    if (!letter.renditions.isEmpty()) {
        // Reported in the letter's first rendition, the one whose format and pages this object shows.
        const RenditionRecord& shownIn = letter.renditions.first();
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
    o.insert(QStringLiteral("links"), QJsonArray());
    o.insert(QStringLiteral("backlinks"), backlinks);
    return o;
}

QByteArray JsonOutput::print(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return doc.toJson(QJsonDocument::Indented);
}

} // namespace kl

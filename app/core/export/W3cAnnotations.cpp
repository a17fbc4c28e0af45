#include "W3cAnnotations.h"

#include "base/ResultLog.h"
#include "storage/ToezeggingRepository.h"

#include "anchor/AnchorResolver.h"
#include "annotations/AnnotationStore.h"
#include "annotations/PlacedAnnotation.h"
#include "base/ResultLog.h"
#include "library/Library.h"
#include "library/RenditionText.h"
#include "storage/LetterRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace kl {

namespace {

const char* kKamerstukBase = "https://zoek.officielebekendmakingen.nl/";
const char* kShaScheme = "urn:sha256:";

qint64 letterForSource(const Library& library, const QString& source)
{
    if (source.startsWith(QLatin1String(kKamerstukBase)))
        return library.resolveId(source.mid(qsizetype(qstrlen(kKamerstukBase))));
    if (source.startsWith(QLatin1String(kShaScheme))) {
        const std::optional<LetterRepository::Owner> owner = valueOrWarn(
            LetterRepository(library.database()).ownerOfRendition(source.mid(qsizetype(qstrlen(kShaScheme)))),
            "W3C annotations");
        return owner ? owner->letterId : 0;
    }
    return 0;
}

} // namespace

QString W3cAnnotations::sourceOf(const QString& kstId, const QString& sha256)
{
    return kstId.isEmpty() ? QLatin1String(kShaScheme) + sha256 : QLatin1String(kKamerstukBase) + kstId;
}

namespace {

// A toezegging as an annotation of its sentence: motivation "assessing", its state in a describing body and in
// Kamerlezer's terms, so that another program shows it and Kamerlezer knows it for what it is.
QJsonObject toezeggingItem(const Toezegging& t, const QString& source, qint64 renditionId)
{
    QJsonObject target{{"source", source}};
    if (!t.anchor.isEmpty()) {
        QJsonArray selectors{QJsonObject{{"type", "TextQuoteSelector"},
                                         {"exact", t.anchor.exact},
                                         {"prefix", t.anchor.prefix},
                                         {"suffix", t.anchor.suffix}}};
        if (t.renditionId == renditionId)
            selectors.append(QJsonObject{
                {"type", "TextPositionSelector"}, {"start", qint64(t.anchor.start)}, {"end", qint64(t.anchor.end)}});
        target.insert(QStringLiteral("selector"), selectors);
    }
    QString state = QStringLiteral("Toezegging (%1)").arg(Toezegging::statusName(t.status));
    if (t.due.isValid())
        state += QStringLiteral(", due %1").arg(t.due.toString(Qt::ISODate));
    if (!t.deadlinePhrase.isEmpty())
        state += QStringLiteral(": \u201C%1\u201D").arg(t.deadlinePhrase);
    QJsonObject about = t.toJson(QDate::currentDate());
    about.remove(QStringLiteral("id"));
    about.remove(QStringLiteral("letter"));
    return QJsonObject{
        {"id", QStringLiteral("urn:kamerlezer:toezegging:%1").arg(t.id)},
        {"type", "Annotation"},
        {"motivation", "assessing"},
        {"created", t.created.toString(Qt::ISODateWithMs)},
        {"modified", t.modified.toString(Qt::ISODateWithMs)},
        {"target", target},
        {"body", QJsonArray{QJsonObject{{"type", "TextualBody"}, {"value", state}, {"purpose", "describing"}}}},
        {"kl:toezegging", about}};
}

} // namespace

QByteArray W3cAnnotations::write(const Library& library, const AnnotationStore& store, const QList<qint64>& letterIds)
{
    QJsonArray items;
    for (qint64 id : letterIds) {
        const std::optional<LetterRecord> letter = library.letter(id);
        if (!letter || letter->renditions.isEmpty())
            continue;
        const RenditionRecord& rendition = *letter->primaryRendition();
        const QString source = sourceOf(letter->metadata.kstId, rendition.sha256);
        for (const PlacedAnnotation& p :
             PlacedAnnotation::place(store.forLetter(id), rendition.id, RenditionText::load(library, rendition.id))) {
            const Annotation& a = p.annotation;
            QJsonArray bodies;
            if (!a.note.trimmed().isEmpty())
                bodies.append(QJsonObject{{"type", "TextualBody"},
                                          {"value", a.note},
                                          {"format", "text/markdown"},
                                          {"purpose", "commenting"}});
            for (const QString& tag : a.tags)
                bodies.append(QJsonObject{{"type", "TextualBody"}, {"value", tag}, {"purpose", "tagging"}});
            QJsonObject target{{"source", source}};
            if (a.style != Annotation::LetterNote) {
                QJsonArray selectors{QJsonObject{{"type", "TextQuoteSelector"},
                                                 {"exact", a.anchor.exact},
                                                 {"prefix", a.anchor.prefix},
                                                 {"suffix", a.anchor.suffix}}};
                if (!p.orphan()) {
                    selectors.append(QJsonObject{
                        {"type", "TextPositionSelector"}, {"start", qint64(p.start)}, {"end", qint64(p.end)}});
                    if (rendition.format == QLatin1String("pdf"))
                        selectors.append(QJsonObject{{"type", "FragmentSelector"},
                                                     {"conformsTo", "http://tools.ietf.org/rfc/rfc3778"},
                                                     {"value", QStringLiteral("page=%1").arg(p.page)}});
                }
                target.insert(QStringLiteral("selector"), selectors);
            }
            QJsonObject item{{"id", QStringLiteral("urn:kamerlezer:annotation:%1").arg(a.id)},
                             {"type", "Annotation"},
                             {"motivation", a.style == Annotation::LetterNote ? "commenting" : "highlighting"},
                             {"created", a.created.toString(Qt::ISODateWithMs)},
                             {"modified", a.modified.toString(Qt::ISODateWithMs)},
                             {"target", target},
                             {"kl:style", Annotation::styleName(a.style)},
                             {"kl:color", a.color}};
            if (!letter->metadata.kstId.isEmpty())
                item.insert(QStringLiteral("kl:kstId"), letter->metadata.kstId);
            if (!bodies.isEmpty())
                item.insert(QStringLiteral("body"), bodies);
            items.append(item);
        }
        ToezeggingRepository::Filter own;
        own.letterId = id;
        for (const Toezegging& t : valueOrWarn(ToezeggingRepository(library.database()).list(own), "w3c: toezeggingen"))
            items.append(toezeggingItem(t, source, rendition.id));
    }
    const QJsonObject collection{
        {"@context", QJsonArray{"http://www.w3.org/ns/anno.jsonld", QJsonObject{{"kl", "https://kamerlezer.nl/ns#"}}}},
        {"type", "AnnotationCollection"},
        {"generator", QStringLiteral("Kamerlezer %1").arg(QStringLiteral(KAMERLEZER_VERSION))},
        {"total", items.size()},
        {"items", items}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

W3cAnnotations::ImportResult W3cAnnotations::read(const Library& library, const AnnotationStore& store,
                                                  const QByteArray& json, const AnnotationSink& add, QString* error)
{
    ImportResult result;
    // Looked up once per letter, not once per annotation: a file of 16,000 notes on one letter must not read the
    // letter, its text and its annotations 16,000 times (that made the import quadratic).
    QHash<QString, qint64> letterOf; // source IRI -> letter
    QHash<qint64, std::optional<LetterRecord>> letters;
    QHash<qint64, RenditionText> texts;   // rendition -> its text
    QHash<qint64, QSet<QString>> present; // letter -> what it has and this import added, as keys
    auto keyOf = [](const Annotation& e) {
        return QString::number(int(e.style)) + QChar(0) + e.note + QChar(0) + e.anchor.exact + QChar(0) +
               (e.style == Annotation::LetterNote ? QString() : QString::number(e.anchor.start));
    };
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON: %1 at offset %2").arg(parse.errorString()).arg(parse.offset);
        return result;
    }
    const QJsonArray items = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("items")).toArray();
    if (items.isEmpty() &&
        doc.object().value(QStringLiteral("type")).toString() != QLatin1String("AnnotationCollection")) {
        *error = QStringLiteral("not a W3C annotation collection");
        return result;
    }
    for (const QJsonValue& v : items) {
        const QJsonObject item = v.toObject();
        // A toezegging the export describes is tracking, not a highlight: it is not made into one.
        if (item.contains(QStringLiteral("kl:toezegging")))
            continue;
        const QJsonObject target = item.value(QStringLiteral("target")).toObject();
        const QString source = target.value(QStringLiteral("source")).toString();
        if (!letterOf.contains(source))
            letterOf.insert(source, letterForSource(library, source));
        const qint64 letterId = letterOf.value(source);
        if (!letterId) {
            result.problems.append(QStringLiteral("%1: the letter is not in this library").arg(source));
            continue;
        }
        if (!letters.contains(letterId)) {
            letters.insert(letterId, library.letter(letterId));
            QSet<QString>& keys = present[letterId];
            for (const Annotation& e : store.forLetter(letterId))
                keys.insert(keyOf(e));
        }
        const std::optional<LetterRecord>& letter = letters[letterId];
        if (!letter || letter->renditions.isEmpty()) {
            result.problems.append(QStringLiteral("%1: the letter has no file in this library").arg(source));
            continue;
        }
        const RenditionRecord& rendition = *letter->primaryRendition();
        Annotation a;
        a.letterId = letterId;
        a.style = Annotation::styleFromName(item.value(QStringLiteral("kl:style")).toString());
        a.color = item.value(QStringLiteral("kl:color")).toString(QStringLiteral("yellow"));
        a.created = QDateTime::fromString(item.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
        a.modified = QDateTime::fromString(item.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
        for (const QJsonValue& b : item.value(QStringLiteral("body")).toArray()) {
            const QJsonObject body = b.toObject();
            if (body.value(QStringLiteral("purpose")).toString() == QLatin1String("tagging"))
                a.tags.append(body.value(QStringLiteral("value")).toString());
            else
                a.note = body.value(QStringLiteral("value")).toString();
        }
        TextAnchor anchor;
        for (const QJsonValue& s : target.value(QStringLiteral("selector")).toArray()) {
            const QJsonObject selector = s.toObject();
            const QString type = selector.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("TextQuoteSelector")) {
                anchor.exact = selector.value(QStringLiteral("exact")).toString();
                anchor.prefix = selector.value(QStringLiteral("prefix")).toString();
                anchor.suffix = selector.value(QStringLiteral("suffix")).toString();
            } else if (type == QLatin1String("TextPositionSelector")) {
                // Another program's numbers: a position that cannot be one (negative, end before start, past any
                // letter) is no hint at all, and the quote alone anchors the annotation.
                const qint64 start = selector.value(QStringLiteral("start")).toInteger(-1);
                const qint64 end = selector.value(QStringLiteral("end")).toInteger(-1);
                constexpr qint64 kFarthest = qint64(1) << 31;
                if (start >= 0 && start <= end && end < kFarthest) {
                    anchor.start = start;
                    anchor.end = end;
                }
            }
        }
        if (!texts.contains(rendition.id))
            texts.insert(rendition.id, RenditionText::load(library, rendition.id));
        const RenditionText& text = texts[rendition.id];
        if (a.style != Annotation::LetterNote) {
            if (anchor.exact.isEmpty()) {
                result.problems.append(QStringLiteral("%1: an annotation without a quote").arg(source));
                continue;
            }
            const AnchorResolver::Result found = AnchorResolver::resolve(text.text(), anchor);
            a.renditionId = rendition.id;
            if (found.found()) {
                a.anchor = TextAnchor::fromRange(text.text(), found.start, found.end);
                if (rendition.format == QLatin1String("pdf"))
                    a.page = text.pageAt(found.start);
            } else {
                a.anchor = anchor; // kept as an orphan, to re-attach
                ++result.orphans;
            }
        }
        // The same passage (or letter note) with the same note is already there, in the library or added by this
        // import before (the sink may store it only later): nothing to add.
        if (present[letterId].contains(keyOf(a))) {
            ++result.duplicates;
            continue;
        }
        QString why;
        if (add(a, &why)) {
            present[letterId].insert(keyOf(a));
            ++result.added;
        } else
            result.problems.append(QStringLiteral("%1: %2").arg(source, why));
    }
    return result;
}

} // namespace kl

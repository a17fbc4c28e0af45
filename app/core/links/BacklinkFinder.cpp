#include "BacklinkFinder.h"

#include "LinkStore.h"
#include "library/Library.h"
#include "library/RenditionText.h"

#include <QSqlQuery>
#include <QVariant>

namespace kl {

QList<Backlink> BacklinkFinder::find(const Library& library, const LinkStore& links, qint64 letterId)
{
    QList<Backlink> out;
    QHash<qint64, RenditionText> texts; // each citing rendition's text is read once
    auto pageOf = [&](qint64 renditionId, qsizetype pos) {
        auto it = texts.find(renditionId);
        if (it == texts.end())
            it = texts.insert(renditionId, RenditionText::load(library, renditionId));
        return it->pageAt(pos);
    };
    QSqlQuery q(library.database());
    q.prepare(QStringLiteral("SELECT r.letter_id, r.rendition_id, r.start, r.end, r.text FROM letter_references r, "
                             "letters l WHERE l.id = ? AND r.letter_id <> l.id AND (r.target = l.kst_id OR "
                             "r.target = 'named:' || l.named_as) AND r.rendition_id = (SELECT min(id) FROM renditions "
                             "WHERE letter_id = r.letter_id) ORDER BY r.letter_id, r.start"));
    q.addBindValue(letterId);
    if (q.exec()) {
        while (q.next()) {
            Backlink b;
            b.kind = Backlink::Reference;
            b.letterId = q.value(0).toLongLong();
            b.renditionId = q.value(1).toLongLong();
            b.start = q.value(2).toLongLong();
            b.end = q.value(3).toLongLong();
            b.text = q.value(4).toString();
            out.append(b);
        }
    }
    for (const Link& l : links.linksTo(letterId)) {
        Backlink b;
        b.kind = Backlink::Link;
        b.letterId = l.fromLetter;
        b.renditionId = l.fromRendition;
        b.start = l.from.start;
        b.end = l.from.end;
        b.text = l.from.exact;
        b.linkId = l.id;
        b.note = l.note;
        out.append(b);
    }
    for (Backlink& b : out)
        if (b.renditionId)
            b.page = pageOf(b.renditionId, b.start);
    return out;
}

QHash<qint64, int> BacklinkFinder::citingCounts(const Library& library)
{
    QHash<qint64, int> counts;
    QSqlQuery q(library.database());
    if (q.exec(QStringLiteral("SELECT cited, count(DISTINCT citing) FROM ("
                              " SELECT l.id AS cited, r.letter_id AS citing FROM letters l JOIN letter_references r"
                              " ON r.target = l.kst_id WHERE r.letter_id <> l.id"
                              " UNION SELECT l.id, r.letter_id FROM letters l JOIN letter_references r"
                              " ON r.target = 'named:' || l.named_as WHERE r.letter_id <> l.id"
                              " UNION SELECT to_letter, from_letter FROM links WHERE to_letter <> from_letter)"
                              " GROUP BY cited")))
        while (q.next())
            counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return counts;
}

} // namespace kl

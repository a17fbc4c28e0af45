#include "ToezeggingRepository.h"

#include "AnchorColumns.h"
#include "Database.h"
#include "LetterRepository.h"

#include "library/RenditionText.h"
#include "library/StoredTime.h"
#include "toezeggingen/ToezeggingDetector.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace kl {

namespace {

const char* kColumns = "t.id, t.origin, t.letter_id, t.rendition_id, t.exact, t.prefix, t.suffix, t.start, t.end, "
                       "t.number, t.tk_id, t.dossier, t.text, t.who, t.made_to, t.ministry, t.activity, "
                       "t.deliverable, t.deadline_phrase, t.due, t.made_on, t.status, t.official_status, "
                       "t.status_by_user, t.confidence, t.created, t.modified";

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// rendition_id to modified, in the order both INSERT and UPDATE name them.
QVariantList contentValues(const Toezegging& t)
{
    QVariantList values{sql::nullableId(t.renditionId)};
    values += sql::anchorValues(t.anchor);
    values += QVariantList{t.number.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t.number),
                           sql::notNull(t.tkId),
                           sql::notNull(t.dossier),
                           sql::notNull(t.text),
                           sql::notNull(t.who),
                           sql::notNull(t.madeTo),
                           sql::notNull(t.ministry),
                           sql::notNull(t.activity),
                           sql::notNull(t.deliverable),
                           sql::notNull(t.deadlinePhrase),
                           dateValue(t.due),
                           dateValue(t.madeOn),
                           Toezegging::statusName(t.status),
                           sql::notNull(t.officialStatus),
                           t.statusByUser ? 1 : 0,
                           t.confidence,
                           t.modified.toString(Qt::ISODateWithMs)};
    return values;
}

// A dossier as the user writes it ("19637", "36600-VI", "36600 VI"): its number, and its addition when given.
std::pair<QString, QString> dossierParts(const QString& dossier)
{
    const QString s = dossier.simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    const qsizetype dash = s.indexOf(QLatin1Char('-'));
    return dash < 0 ? std::pair{s, QString()} : std::pair{s.left(dash), s.mid(dash + 1)};
}

} // namespace

ToezeggingRepository::ToezeggingRepository(Database& db)
    : m_db(db)
{
}

Result<void> ToezeggingRepository::add(Toezegging& t)
{
    if (!t.created.isValid())
        t.created = QDateTime::fromString(storedNow(), Qt::ISODateWithMs);
    if (!t.modified.isValid())
        t.modified = t.created;
    QVariantList binds{sql::nullableId(t.id), Toezegging::originName(t.origin), sql::nullableId(t.letterId)};
    binds += contentValues(t);
    binds += t.created.toString(Qt::ISODateWithMs);
    const Result<qint64> id = m_db.insert(
        QStringLiteral("INSERT INTO toezeggingen (id, origin, letter_id, rendition_id, exact, prefix, suffix, start, "
                       "end, number, tk_id, dossier, text, who, made_to, ministry, activity, deliverable, "
                       "deadline_phrase, due, made_on, status, official_status, status_by_user, confidence, "
                       "modified, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)"),
        binds);
    if (!id)
        return id.error();
    t.id = *id;
    return writeFulfilments(t);
}

Result<void> ToezeggingRepository::update(const Toezegging& t)
{
    QVariantList binds = contentValues(t);
    binds += t.id;
    if (Result<void> r = m_db.changeOne(
            QStringLiteral("UPDATE toezeggingen SET rendition_id = ?, exact = ?, prefix = ?, suffix = ?, start = ?, "
                           "end = ?, number = ?, tk_id = ?, dossier = ?, text = ?, who = ?, made_to = ?, "
                           "ministry = ?, activity = ?, deliverable = ?, deadline_phrase = ?, due = ?, made_on = ?, "
                           "status = ?, official_status = ?, status_by_user = ?, confidence = ?, modified = ? "
                           "WHERE id = ?"),
            binds, QStringLiteral("no toezegging %1").arg(t.id));
        !r)
        return r;
    return writeFulfilments(t);
}

Result<void> ToezeggingRepository::writeFulfilments(const Toezegging& t)
{
    if (Result<void> r =
            m_db.execute(QStringLiteral("DELETE FROM toezegging_fulfilments WHERE toezegging_id = ?"), {t.id});
        !r)
        return r;
    QList<QVariantList> rows;
    for (qsizetype i = 0; i < t.keptBy.size(); ++i)
        rows.append({t.id, int(i), sql::nullableId(t.keptBy[i].letterId), sql::notNull(t.keptBy[i].documentNumber)});
    if (rows.isEmpty())
        return {};
    return m_db.runEach(QStringLiteral("INSERT INTO toezegging_fulfilments (toezegging_id, position, letter_id, "
                                       "document_number) VALUES (?, ?, ?, ?)"),
                        rows);
}

Result<void> ToezeggingRepository::remove(qint64 id)
{
    return m_db.changeOne(QStringLiteral("DELETE FROM toezeggingen WHERE id = ?"), {id},
                          QStringLiteral("no toezegging %1").arg(id));
}

Result<QList<Toezegging>> ToezeggingRepository::query(const QString& where, const QVariantList& binds) const
{
    // A letter's toezegging belongs to the letter's first dossier.
    Result<QList<Toezegging>> list = m_db.list<Toezegging>(
        QStringLiteral("SELECT %1, (SELECT d.number || CASE WHEN d.addition <> '' THEN '-' || d.addition ELSE '' END "
                       "FROM letter_dossiers ld JOIN dossiers d ON d.id = ld.dossier_id WHERE ld.letter_id = "
                       "t.letter_id ORDER BY ld.position LIMIT 1) AS letter_dossier FROM toezeggingen t %2")
            .arg(QLatin1String(kColumns), where),
        binds, [](const Row& row) {
            Toezegging t;
            t.id = row.id("id");
            t.origin = Toezegging::originFromName(row.text("origin"));
            t.letterId = row.id("letter_id");
            t.renditionId = row.id("rendition_id");
            t.anchor = sql::anchorOf(row);
            t.number = row.text("number");
            t.tkId = row.text("tk_id");
            t.dossier = row.text("dossier");
            if (t.dossier.isEmpty())
                t.dossier = row.text("letter_dossier");
            t.text = row.text("text");
            t.who = row.text("who");
            t.madeTo = row.text("made_to");
            t.ministry = row.text("ministry");
            t.activity = row.text("activity");
            t.deliverable = row.text("deliverable");
            t.deadlinePhrase = row.text("deadline_phrase");
            t.due = QDate::fromString(row.text("due"), Qt::ISODate);
            t.madeOn = QDate::fromString(row.text("made_on"), Qt::ISODate);
            t.status = Toezegging::statusFromName(row.text("status"));
            t.officialStatus = row.text("official_status");
            t.statusByUser = row.integer("status_by_user") != 0;
            t.confidence = row.value("confidence").toDouble();
            t.created = row.time("created");
            t.modified = row.time("modified");
            return t;
        });
    if (!list)
        return list;
    // The letter that keeps it: the one chosen, else the letter the register's number names once it is here
    // (its Tweede Kamer document number, or its zaak).
    if (list->isEmpty())
        return list;
    // All their fulfilments in one query, not one a toezegging.
    QStringList marks;
    QVariantList ids;
    QHash<qint64, Toezegging*> byId;
    for (Toezegging& t : *list) {
        marks.append(QStringLiteral("?"));
        ids.append(t.id);
        byId.insert(t.id, &t);
    }
    struct Kept {
        qint64 toezegging;
        ToezeggingFulfilment fulfilment;
    };
    Result<QList<Kept>> kept = m_db.list<Kept>(
        QStringLiteral(
            "SELECT f.toezegging_id, f.document_number, COALESCE(f.letter_id, (SELECT o.letter_id FROM "
            "official_records o WHERE f.document_number <> '' AND o.document_number = f.document_number LIMIT 1), "
            "(SELECT l.id FROM letters l WHERE f.document_number <> '' AND l.zaak = f.document_number LIMIT 1), 0) "
            "AS letter FROM toezegging_fulfilments f WHERE f.toezegging_id IN (%1) ORDER BY f.toezegging_id, "
            "f.position")
            .arg(marks.join(QLatin1Char(','))),
        ids, [](const Row& row) {
            return Kept{row.id("toezegging_id"), ToezeggingFulfilment{row.id("letter"), row.text("document_number")}};
        });
    if (!kept)
        return kept.error();
    for (const Kept& k : *kept)
        byId.value(k.toezegging)->keptBy.append(k.fulfilment);
    return list;
}

Result<std::optional<Toezegging>> ToezeggingRepository::toezegging(qint64 id) const
{
    Result<QList<Toezegging>> list = query(QStringLiteral("WHERE t.id = ?"), {id});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Toezegging>() : std::optional<Toezegging>(list->first());
}

Result<std::optional<Toezegging>> ToezeggingRepository::byNumber(const QString& number) const
{
    Result<QList<Toezegging>> list = query(QStringLiteral("WHERE t.number = ?"), {number.trimmed().toUpper()});
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Toezegging>() : std::optional<Toezegging>(list->first());
}

Result<QList<Toezegging>> ToezeggingRepository::list(const Filter& filter) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.dismissed)
        where.append(QStringLiteral("t.status <> 'dismissed'"));
    if (filter.letterId) {
        where.append(QStringLiteral("t.letter_id = ?"));
        binds.append(filter.letterId);
    }
    if (!filter.dossier.isEmpty()) {
        // Qt's SQLite driver binds only plain placeholders: a value that stands twice is bound twice.
        const auto [number, addition] = dossierParts(filter.dossier);
        const QString key = addition.isEmpty() ? number : number + QLatin1Char('-') + addition;
        where.append(QStringLiteral("(t.dossier = ? OR (? = '' AND t.dossier LIKE ?) OR t.letter_id IN (SELECT "
                                    "ld.letter_id FROM letter_dossiers ld JOIN dossiers d ON d.id = ld.dossier_id "
                                    "WHERE d.number = ? AND (? = '' OR d.addition = ?)))"));
        const QVariant a = sql::notNull(addition);
        binds += QVariantList{key, a, number + QStringLiteral("-%"), number, a, a};
    }
    const QString clause = where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND "));
    return query(clause + QStringLiteral(" ORDER BY t.due IS NULL, t.due, t.made_on, t.id"), binds);
}

Result<QList<Toezegging>> ToezeggingRepository::keptBy(qint64 letterId) const
{
    return query(QStringLiteral("WHERE t.id IN (SELECT f.toezegging_id FROM toezegging_fulfilments f WHERE "
                                "f.letter_id = ? OR (f.document_number <> '' AND (f.document_number IN (SELECT "
                                "o.document_number FROM official_records o WHERE o.letter_id = ?) OR "
                                "f.document_number = (SELECT l.zaak FROM letters l WHERE l.id = ?)))) "
                                "ORDER BY t.due IS NULL, t.due, t.id"),
                 {letterId, letterId, letterId});
}

Result<bool> ToezeggingRepository::storeRegistered(const Toezegging& registered)
{
    Result<std::optional<Toezegging>> stored = byNumber(registered.number);
    if (!stored)
        return stored.error();
    const QDateTime now = QDateTime::fromString(storedNow(), Qt::ISODateWithMs);
    if (!*stored) {
        Toezegging t = registered;
        t.created = t.modified = now;
        if (Result<void> r = add(t); !r)
            return r.error();
        return true;
    }
    Toezegging t = **stored;
    const bool registerChanged = t.officialStatus.compare(registered.officialStatus, Qt::CaseInsensitive) != 0;
    if (registerChanged || !t.statusByUser) {
        t.status = registered.status;
        t.statusByUser = false;
        t.due = registered.due;
    }
    t.officialStatus = registered.officialStatus;
    t.tkId = registered.tkId;
    t.text = registered.text;
    t.who = registered.who;
    t.madeTo = registered.madeTo;
    t.ministry = registered.ministry;
    t.activity = registered.activity;
    t.madeOn = registered.madeOn;
    if (!registered.dossier.isEmpty())
        t.dossier = registered.dossier;
    QList<ToezeggingFulfilment> kept = registered.keptBy;
    for (const ToezeggingFulfilment& f : t.keptBy)
        if (f.documentNumber.isEmpty() && !kept.contains(f))
            kept.append(f);
    // Read back, a number the register names has its letter filled in: compare by number.
    for (ToezeggingFulfilment& f : kept)
        if (!f.documentNumber.isEmpty())
            f.letterId = 0;
    t.keptBy = kept;
    t.modified = now;
    if (Result<void> r = update(t); !r)
        return r.error();
    return false;
}

Result<void> ToezeggingRepository::replaceDetected(qint64 letterId, qint64 renditionId, const QString& renditionText,
                                                   const QList<DetectedToezegging>& found, const QString& sender,
                                                   const QDate& madeOn)
{
    // Untouched: open, never edited, kept by no letter.
    if (Result<void> r = m_db.execute(
            QStringLiteral("DELETE FROM toezeggingen WHERE letter_id = ? AND origin = 'detected' AND status = 'open' "
                           "AND modified = created AND NOT EXISTS (SELECT 1 FROM toezegging_fulfilments f WHERE "
                           "f.toezegging_id = toezeggingen.id)"),
            {letterId});
        !r)
        return r;
    // What stays: a sentence it holds is not found again, in this rendition at its place (a decision list says
    // the same sentence for two letters), in another rendition anywhere.
    struct Kept {
        QString text;
        qint64 rendition = 0;
        qsizetype start = 0;
    };
    Result<QList<Kept>> kept =
        m_db.list<Kept>(QStringLiteral("SELECT text, rendition_id, start FROM toezeggingen WHERE letter_id = ?"),
                        {letterId}, [](const Row& row) {
                            return Kept{row.text("text"), row.id("rendition_id"), row.id("start")};
                        });
    if (!kept)
        return kept.error();
    auto known = [&](const DetectedToezegging& d) {
        return std::any_of(kept->begin(), kept->end(), [&](const Kept& k) {
            return k.text == d.sentence && (k.rendition != renditionId || std::abs(k.start - d.start) < 8);
        });
    };
    const QString now = storedNow();
    for (const DetectedToezegging& d : found) {
        if (known(d))
            continue;
        Toezegging t;
        t.origin = Toezegging::Origin::Detected;
        t.letterId = letterId;
        t.renditionId = renditionId;
        t.anchor = TextAnchor::fromRange(renditionText, d.start, d.end);
        t.text = d.sentence;
        t.who = d.who.isEmpty() ? sender : d.who;
        t.deliverable = d.deliverable;
        t.deadlinePhrase = d.deadline.phrase;
        t.due = d.deadline.due;
        t.madeOn = madeOn;
        t.status = d.kept ? Toezegging::Status::Kept : Toezegging::Status::Open;
        t.confidence = d.confidence;
        t.created = t.modified = QDateTime::fromString(now, Qt::ISODateWithMs);
        if (d.kept)
            t.keptBy.append({letterId, QString()});
        if (Result<void> r = add(t); !r)
            return r;
    }
    return {};
}

Result<void> ToezeggingRepository::detectAll()
{
    const LetterRepository letters(m_db);
    Result<QList<LetterRecord>> all = letters.letters();
    if (!all)
        return all.error();
    const ToezeggingDetector detector;
    for (const LetterRecord& letter : *all) {
        const RenditionRecord* primary = letter.primaryRendition();
        if (!primary)
            continue;
        Result<QStringList> pages = letters.pageTexts(primary->id);
        if (!pages)
            return pages.error();
        const RenditionText text(*pages);
        if (Result<void> r =
                replaceDetected(letter.id, primary->id, text.text(), detector.detect(text.text(), letter.metadata.date),
                                letter.metadata.sender, letter.metadata.date);
            !r)
            return r;
    }
    return {};
}

} // namespace kl

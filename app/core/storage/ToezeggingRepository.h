#pragma once

#include "base/Result.h"
#include "toezeggingen/DetectedToezegging.h"
#include "toezeggingen/Toezegging.h"

#include <QList>

#include <optional>

namespace kl {

class Database;

// The SQL of `toezeggingen` and `toezegging_fulfilments`. Writes run in the caller's transaction, or are one
// statement each.
class ToezeggingRepository {
public:
    explicit ToezeggingRepository(Database& db);

    // Inserts with its fulfilments; sets its id when it had none (one that has an id keeps it: undo of a remove).
    Result<void> add(Toezegging& toezegging);
    // Everything but origin, letter and created, fulfilments replaced; Error NotFound when there is none.
    Result<void> update(const Toezegging& toezegging);
    Result<void> remove(qint64 id);

    Result<std::optional<Toezegging>> toezegging(qint64 id) const;
    Result<std::optional<Toezegging>> byNumber(const QString& number) const;

    struct Filter {
        QString dossier;        // "19637" (any addition), "36600-VI"; empty: all
        qint64 letterId = 0;    // made in this letter; 0: any
        bool dismissed = false; // dismissed detections too
    };
    // By deadline (those without one last), then by when they were made.
    Result<QList<Toezegging>> list(const Filter& filter) const;
    // The toezeggingen that this letter keeps.
    Result<QList<Toezegging>> keptBy(qint64 letterId) const;

    // A toezegging as the Kamer's register has it now, by its number: added (true), or the stored one brought up
    // to date (false). What the user set stays unless the register changed it since: a status the register
    // changes is taken; the letters the user chose stay beside the ones the register names.
    Result<bool> storeRegistered(const Toezegging& registered);

    // The detections of a letter replaced by `found`: those the user has touched (a status or deadline set, kept
    // by a letter, dismissed) stay, and a detection of a sentence they hold is not added again.
    Result<void> replaceDetected(qint64 letterId, qint64 renditionId, const QString& renditionText,
                                 const QList<DetectedToezegging>& found, const QString& sender, const QDate& madeOn);
    // Detects in every letter again (its first rendition) with the current detector: the derived index
    // "toezeggingen" (Schema::refreshIndexes).
    Result<void> detectAll();

private:
    Result<void> writeFulfilments(const Toezegging& toezegging);
    Result<QList<Toezegging>> query(const QString& where, const QVariantList& binds) const;

    Database& m_db;
};

} // namespace kl

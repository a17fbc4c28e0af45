#pragma once

#include "anchor/TextAnchor.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace kl {

// A letter that keeps a toezegging: one in the library, or only the number the Kamer's register names
// (KamerbriefNakoming: a document or zaak number) until that letter is fetched.
struct ToezeggingFulfilment {
    qint64 letterId = 0;    // 0 while the letter is not in the library
    QString documentNumber; // as the register writes it; empty for a letter the user chose
    bool operator==(const ToezeggingFulfilment&) const = default;
};

// A commitment of the government to the Kamer, tracked until it is kept: found in a letter's sentence (anchored
// like an annotation), added by hand from a selection, or read from the Tweede Kamer's register (a TZ number,
// made in a debate).
struct Toezegging {
    enum class Origin { Detected, Manual, Registered };
    enum class Status { Open, PartlyKept, Kept, Lapsed, Dismissed };

    qint64 id = 0;
    Origin origin = Origin::Detected;
    qint64 letterId = 0;    // the letter it was made in; 0 for one made in a debate
    qint64 renditionId = 0; // where `anchor` is; 0 for none
    TextAnchor anchor;
    QString number;   // "TZ202410-113" in the register; empty for one found in a letter
    QString tkId;     // the register's GUID
    QString dossier;  // "19637", "36600-VI": a registered one's dossier (a letter's come from the letter)
    QString text;     // the sentence, or the register's text
    QString who;      // who commits ("Minister van Asiel en Migratie")
    QString madeTo;   // the member it was made to (register)
    QString ministry; // (register)
    QString activity; // the debate it was made in: "Commissiedebat Vreemdelingen- en asielbeleid (2024A05123)"
    QString deliverable;
    QString deadlinePhrase; // "voor de zomer", as written
    QDate due;              // invalid: no date
    QDate madeOn;
    Status status = Status::Open;
    QString officialStatus; // the register's word, as served ("Openstaand", "voldaan")
    bool statusByUser = false;
    double confidence = 1;
    QList<ToezeggingFulfilment> keptBy;
    QDateTime created, modified;

    bool isOpen() const { return status == Status::Open || status == Status::PartlyKept; }
    bool isOverdue(const QDate& today) const { return isOpen() && due.isValid() && due < today; }
    // Open and due within `days` from today, not yet overdue.
    bool isDueSoon(const QDate& today, int days = 30) const
    {
        return isOpen() && due.isValid() && due >= today && due <= today.addDays(days);
    }

    // As `kamerlezer-cli toezeggingen --json` prints it; `today` decides "overdue" and "due soon".
    QJsonObject toJson(const QDate& today) const;
    // "overdue", "due-soon", "open", "partly-kept", "kept", "lapsed", "dismissed".
    QString state(const QDate& today) const;

    static QString statusName(Status status); // "open", "partly-kept", "kept", "lapsed", "dismissed"
    static Status statusFromName(const QString& name, bool* ok = nullptr);
    // The register's status (Openstaand, Voldaan, Deels voldaan, Vervallen, Afgedaan, Deels afgedaan; any case).
    static Status statusFromRegister(const QString& word, bool* ok = nullptr);
    static QString originName(Origin origin); // "detected", "manual", "registered"
    static Origin originFromName(const QString& name);
};

} // namespace kl

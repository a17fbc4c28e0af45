#pragma once

#include "ImportOutcome.h"
#include "OfficialSource.h"
#include "import/DocumentReader.h"

#include <QList>
#include <QStringList>

namespace kl {

class Library;

// The part of the library that fetching writes: publications stored with what the official sources say of them,
// and which letters are new since the user last opened them. Every change is one transaction and one notice.
class OfficialStore {
public:
    explicit OfficialStore(Library& library);

    // Stores the renditions of one fetched publication and the source's record of it, all or nothing: the
    // official values win over what the text says (both are kept). `names` are the files' names at the source.
    // A letter new to the library is marked unread when `markUnread`. `alsoSays`: what other sources say of the
    // same publication, stored in the same transaction.
    ImportOutcome storeFetched(const QList<DocumentReader::FileRead>& reads, const QStringList& names,
                               const OfficialRecord& record, bool markUnread,
                               const QList<OfficialRecord>& alsoSays = {});
    // Replaces a source's record of a letter already here (changed metadata, votes), the official values
    // again over the letter's.
    bool updateRecord(qint64 letterId, const OfficialRecord& record, QString* error = nullptr);
    // The source withdrew the document: it is marked, never removed with its annotations.
    bool markWithdrawn(qint64 letterId, const QString& source, const QString& modified, QString* error = nullptr);

    QList<OfficialSource> sources(qint64 letterId) const;
    // The letter of a Tweede Kamer document (its GUID or number, "2024D40329"); 0 when not here.
    qint64 letterWithTkDocument(const QString& guidOrNumber) const;
    // The source's change stamp of what the library has of the letter; empty when nothing.
    QString modifiedOf(qint64 letterId, const QString& source) const;

    // The user opened the letter: it is no longer new.
    void markRead(qint64 letterId);

private:
    Library& m_library;
};

} // namespace kl

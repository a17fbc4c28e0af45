#pragma once

#include "ReadingPlace.h"

#include <QList>
#include <QString>

#include <optional>

namespace kl {

// The places where documents were left and the order they were last read in, per library, in the user's
// settings (they are the reader's, not the library's: a shared library does not move anyone's place). Letter ids
// belong to one library, so each library folder has its own list. The list keeps the most recent documents only.
class ReadingPlaces {
public:
    explicit ReadingPlaces(const QString& libraryFolder);

    std::optional<ReadingPlace> place(qint64 letterId) const;
    // Stores where a document was left and makes it the most recently read.
    void remember(qint64 letterId, const ReadingPlace& place);
    // Makes a document the most recently read, keeping its place.
    void touch(qint64 letterId);
    // Letter ids, most recently read first.
    QList<qint64> recent(int count) const;
    void forget(qint64 letterId);
    // Empties the recent list; the places stay.
    void clearRecent();

    static constexpr int kKept = 300;

private:
    QString m_key;
};

} // namespace kl

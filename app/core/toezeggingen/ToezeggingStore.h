#pragma once

#include "Toezegging.h"

#include "storage/ToezeggingRepository.h"

#include <QList>
#include <QObject>

#include <optional>

namespace kl {

class Library;

// The toezeggingen of the library: every change a committed transaction and a change notice
// (LibraryChange::Toezeggingen), the interface ItemCommand and EditItemCommand edit through.
class ToezeggingStore : public QObject {
    Q_OBJECT
public:
    explicit ToezeggingStore(Library& library, QObject* parent = nullptr);

    // Stores a new one and sets its id and times; one that has an id keeps it (undo of a remove).
    bool add(Toezegging& toezegging, QString* error = nullptr);
    bool update(Toezegging& toezegging, QString* error = nullptr);
    bool remove(qint64 id, QString* error = nullptr);

    std::optional<Toezegging> toezegging(qint64 id) const;
    // An id ("12") or a register number ("TZ202410-113").
    std::optional<Toezegging> find(const QString& idOrNumber) const;
    QList<Toezegging> list(const ToezeggingRepository::Filter& filter = {}) const;
    QList<Toezegging> keptBy(qint64 letterId) const;

private:
    ToezeggingRepository repository() const;
    void notify(const Toezegging& toezegging);
    Library& m_library;
};

} // namespace kl

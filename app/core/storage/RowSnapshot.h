#pragma once

#include "base/Result.h"

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace kl {

class Database;

// A row and every row that hangs on it through a foreign key (a letter: its renditions, page texts, words,
// passages, references, annotations with their tags, links, official records), read before a removal so
// undo can put back exactly what was there, with the same ids. The foreign keys are read from the schema, so
// a table added by a later version is taken along without a change here. Full-text indexes follow by their
// triggers.
class RowSnapshot {
public:
    struct Table {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };

    static Result<RowSnapshot> capture(const Database& db, const QString& table, qint64 id);
    // Inserts the rows again, parents before children, inside the caller's transaction. Skip: a row whose id is
    // there already stays as it is (two snapshots that share rows, such as a link between their letters).
    enum class Existing { Fail, Skip };
    Result<void> restore(const Database& db, Existing existing = Existing::Fail) const;

    const QList<Table>& tables() const { return m_tables; }
    // The rows taken from `table`; empty when none.
    const Table* table(const QString& name) const;
    int rowCount(const QString& name) const;

private:
    QList<Table> m_tables; // parents before children
};

} // namespace kl

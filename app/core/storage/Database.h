#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <tuple>

namespace kl {

// Values as the tables want them.
namespace sql {
// For NOT NULL text columns: a null QString would bind as SQL NULL.
QVariant notNull(const QString& s);
// Empty text is stored as NULL.
QVariant nullable(const QString& s);
// 0 (no row, no value) is stored as NULL.
QVariant nullableId(qint64 id);
// What the connection or a statement said, never empty: "what: SQLite's words".
Error storageError(const QString& what, const QSqlError& error);
} // namespace sql

// The columns of a result row read by name, not position; the names are looked up once per query.
class Row {
public:
    explicit Row(const QSqlQuery& query);
    QVariant value(const char* column) const;
    QVariant value(const QString& column) const;
    template <typename Name> QString text(const Name& column) const { return value(column).toString(); }
    template <typename Name> qint64 id(const Name& column) const { return value(column).toLongLong(); }
    template <typename Name> int integer(const Name& column) const { return value(column).toInt(); }
    // An ISO 8601 time with milliseconds, as the tables keep them.
    template <typename Name> QDateTime time(const Name& column) const
    {
        return QDateTime::fromString(text(column), Qt::ISODateWithMs);
    }

private:
    const QSqlQuery& m_query;
    QHash<QString, int> m_index;
};

// One SQLite connection of a library (WAL, foreign keys, busy timeout), and the only way to the tables: every
// statement is prepared, every failure is an Error, never an empty answer. Lives on one thread.
class Database {
public:
    // Opens (creating when needed) the database file; the pragmas are set and checked.
    static Result<std::unique_ptr<Database>> open(const QString& file);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString fileName() const { return m_file; }
    // The folder the database file is in: the library folder.
    QString folder() const;
    // The raw connection, for tests and benchmarks that look at the tables themselves.
    QSqlDatabase connection() const;

    // Prepares `sql`, binds `binds` in order and runs it; the query is ready for next(). Forward only.
    Result<QSqlQuery> run(const QString& sql, const QVariantList& binds = {}) const;
    // Prepares once, for a statement run many times (bindValue, then exec(query)).
    Result<QSqlQuery> prepare(const QString& sql) const;
    static Result<void> exec(QSqlQuery& prepared);
    // Every row of a query, each made into a T by `read(const Row&)`.
    template <typename T, typename Read>
    Result<QList<T>> list(const QString& sql, const QVariantList& binds, Read read) const
    {
        Result<QSqlQuery> q = run(sql, binds);
        if (!q)
            return q.error();
        const Row row(*q);
        QList<T> out;
        while (q->next())
            out.append(read(row));
        // A row SQLite cannot read ends the loop as the last row would: not a shorter list, an Error.
        if (const QSqlError e = q->lastError(); e.isValid())
            return failed(e);
        return out;
    }
    // A statement that gives no rows.
    Result<void> execute(const QString& sql, const QVariantList& binds = {}) const;
    // An INSERT: the new row's id.
    Result<qint64> insert(const QString& sql, const QVariantList& binds) const;
    // A statement that must change exactly one row: Error NotFound, saying `notFound`, when it changed none.
    Result<void> changeOne(const QString& sql, const QVariantList& binds, const QString& notFound) const;
    // One statement, prepared once, run for each list of values in turn.
    Result<void> runEach(const QString& sql, const QList<QVariantList>& rows) const;
    // The first column of the first row; an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& binds = {}) const;

    // journal_mode WAL, synchronous NORMAL, foreign_keys ON; each read back, an Error when one did not take.
    Result<void> configure();

    Result<int> userVersion() const;
    Result<void> setUserVersion(int version);

    // PRAGMA data_version: changes when another connection (the CLI, a second window) has committed.
    Result<qint64> dataVersion() const;
    // PRAGMA integrity_check and foreign_key_check: what they found, empty when all is well.
    Result<QStringList> integrityProblems() const;

    bool inTransaction() const { return m_depth > 0; }
    // Whether SQLite said on this connection that the file is damaged ("database disk image is malformed"): a
    // library can open and fail only where a damaged page is read, so the CLI and the window ask after the fact.
    bool sawDamage() const { return m_sawDamage; }

private:
    friend class Transaction;
    Database(QString file, QString connection);
    Result<void> setPragma(const QString& name, const QString& value, const QString& expected);
    // The Error of a statement that failed, noting damage (SQLITE_CORRUPT, SQLITE_NOTADB) on the way.
    Error failed(const QSqlError& error, const QString& what = QString()) const;

    QString m_file;
    QString m_connection;
    int m_depth = 0;
    bool m_innerFailed = false;
    mutable bool m_sawDamage = false;
};

// A write transaction: BEGIN IMMEDIATE (FTS5 reads its config before it writes, and a read that must become a
// write cannot wait for the busy timeout), rolled back when the guard goes without commit(). A guard inside
// another joins it: its commit is the outer one's, and its rollback makes the outer commit fail.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether the transaction began; its Error when not.
    bool ok() const { return !m_error.isError(); }
    const Error& error() const { return m_error; }
    Result<void> commit();

private:
    void rollback();

    Database& m_db;
    Error m_error;
    bool m_outer = false;
    bool m_done = false;
};

} // namespace kl

#include "Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

#include <atomic>

namespace kl {

namespace sql {

QVariant notNull(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Error storageError(const QString& what, const QSqlError& error)
{
    // SQLite's own words when it gave them ("fts5: syntax error near ..."), else the driver's.
    QString why = error.databaseText().trimmed();
    if (why.isEmpty())
        why = error.driverText().trimmed();
    if (why.isEmpty())
        why = QStringLiteral("SQLite gave no reason");
    return Error::storage(what.isEmpty() ? why : QStringLiteral("%1: %2").arg(what, why));
}

} // namespace sql

Row::Row(const QSqlQuery& query)
    : m_query(query)
{
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        m_index.insert(record.fieldName(i), i);
}

QVariant Row::value(const char* column) const
{
    return value(QString::fromLatin1(column));
}

QVariant Row::value(const QString& column) const
{
    const auto it = m_index.constFind(column);
    Q_ASSERT_X(it != m_index.cend(), "Row::value", qPrintable(column));
    return it == m_index.cend() ? QVariant() : m_query.value(*it);
}

Database::Database(QString file, QString connection)
    : m_file(std::move(file))
    , m_connection(std::move(connection))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Database>> Database::open(const QString& file)
{
    static std::atomic<int> counter{0};
    std::unique_ptr<Database> out(
        new Database(QFileInfo(file).absoluteFilePath(), QStringLiteral("kamerlezer-library-%1").arg(counter++)));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), out->m_connection);
    db.setDatabaseName(out->m_file);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sql::storageError(QStringLiteral("cannot open %1").arg(out->m_file), db.lastError());
    return out;
}

QString Database::folder() const
{
    return QFileInfo(m_file).absolutePath();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connection, false);
}

Error Database::failed(const QSqlError& error, const QString& what) const
{
    // SQLite's primary result codes 11 and 26; extended codes keep them in the low byte.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (numeric && (code == 11 || code == 26))
        m_sawDamage = true;
    return sql::storageError(what, error);
}

Result<QSqlQuery> Database::prepare(const QString& sql) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return failed(q.lastError());
    return q;
}

Result<void> Database::exec(QSqlQuery& prepared)
{
    if (!prepared.exec())
        return sql::storageError(QString(), prepared.lastError());
    return {};
}

Result<QSqlQuery> Database::run(const QString& sql, const QVariantList& binds) const
{
    Result<QSqlQuery> q = prepare(sql);
    if (!q)
        return q;
    for (const QVariant& v : binds)
        q->addBindValue(v);
    if (!q->exec())
        return failed(q->lastError());
    return q;
}

Result<void> Database::execute(const QString& sql, const QVariantList& binds) const
{
    Result<QSqlQuery> q = run(sql, binds);
    if (!q)
        return q.error();
    return {};
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& binds) const
{
    Result<QSqlQuery> q = run(sql, binds);
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<void> Database::changeOne(const QString& sql, const QVariantList& binds, const QString& notFound) const
{
    Result<QSqlQuery> q = run(sql, binds);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::notFound(notFound);
    return {};
}

Result<void> Database::runEach(const QString& sql, const QList<QVariantList>& rows) const
{
    Result<QSqlQuery> q = prepare(sql);
    if (!q)
        return q.error();
    for (const QVariantList& values : rows) {
        for (int i = 0; i < values.size(); ++i)
            q->bindValue(i, values[i]);
        if (Result<void> done = exec(*q); !done)
            return done;
    }
    return {};
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& binds) const
{
    Result<QSqlQuery> q = run(sql, binds);
    if (!q)
        return q.error();
    if (q->next())
        return q->value(0);
    if (q->lastError().isValid())
        return failed(q->lastError());
    return QVariant();
}

Result<int> Database::userVersion() const
{
    // Not prepared through run(): a file that is not SQLite fails here, and says so.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failed(q.lastError(), QStringLiteral("cannot read the schema version"));
    return q.value(0).toInt();
}

Result<void> Database::setUserVersion(int version)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return failed(q.lastError(), QStringLiteral("cannot set the schema version"));
    return {};
}

Result<void> Database::setPragma(const QString& name, const QString& value, const QString& expected)
{
    QSqlQuery q(connection());
    // Turning a new database to WAL while another process does the same can be refused at once (SQLITE_BUSY
    // without the busy handler, where waiting could deadlock): it is tried again for as long as the busy timeout.
    QElapsedTimer waited;
    waited.start();
    while (!q.exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value))) {
        if (q.lastError().nativeErrorCode() != QLatin1String("5") || waited.elapsed() > 5000)
            return failed(q.lastError(), QStringLiteral("PRAGMA %1").arg(name));
        QThread::msleep(20);
    }
    // Some pragmas answer (journal_mode), others say nothing: read each back to know it took.
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next())
        return failed(q.lastError(), QStringLiteral("PRAGMA %1").arg(name));
    const QString now = q.value(0).toString();
    if (now.compare(expected, Qt::CaseInsensitive) != 0)
        return Error::storage(QStringLiteral("PRAGMA %1 is %2, not %3").arg(name, now, expected));
    return {};
}

Result<void> Database::configure()
{
    // synchronous NORMAL is 1; foreign_keys ON is 1.
    for (const auto& [name, value, expected] :
         {std::tuple{"journal_mode", "WAL", "wal"}, std::tuple{"synchronous", "NORMAL", "1"},
          std::tuple{"foreign_keys", "ON", "1"}}) {
        if (Result<void> r =
                setPragma(QString::fromLatin1(name), QString::fromLatin1(value), QString::fromLatin1(expected));
            !r)
            return r;
    }
    return {};
}

Result<qint64> Database::dataVersion() const
{
    Result<QVariant> v = scalar(QStringLiteral("PRAGMA data_version"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QStringList> Database::integrityProblems() const
{
    QStringList problems;
    Result<QSqlQuery> integrity = run(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next())
        if (integrity->value(0).toString() != QLatin1String("ok"))
            problems.append(integrity->value(0).toString());
    Result<QSqlQuery> keys = run(QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return keys.error();
    const Row row(*keys);
    while (keys->next())
        problems.append(
            QStringLiteral("a row of %1 points to a missing row of %2").arg(row.text("table"), row.text("parent")));
    return problems;
}

Transaction::Transaction(Database& db)
    : m_db(db)
{
    if (m_db.m_depth++ > 0)
        return; // joins the outer transaction
    m_outer = true;
    m_db.m_innerFailed = false;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = m_db.failed(q.lastError(), QStringLiteral("cannot begin a transaction"));
        m_done = true;
    }
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
    --m_db.m_depth;
}

void Transaction::rollback()
{
    m_done = true;
    if (!m_outer) {
        m_db.m_innerFailed = true;
        return;
    }
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("ROLLBACK")); // nothing to do when it fails: SQLite has rolled back already
}

Result<void> Transaction::commit()
{
    if (m_error)
        return m_error;
    if (m_done)
        return Error::storage(QStringLiteral("the transaction has ended"));
    if (!m_outer) {
        m_done = true;
        return {};
    }
    if (m_db.m_innerFailed) {
        rollback();
        return Error::storage(QStringLiteral("a part of the change failed; nothing was stored"));
    }
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error error = m_db.failed(q.lastError(), QStringLiteral("cannot commit"));
        rollback();
        return error;
    }
    m_done = true;
    return {};
}

} // namespace kl

#include "ReferenceIndex.h"

#include "ReferenceScanner.h"
#include "import/DocumentReader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace kl {

bool ReferenceIndex::store(QSqlDatabase& db, qint64 letterId, qint64 renditionId, const QList<Reference>& references,
                           QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO letter_references (letter_id, rendition_id, kind, target, text, start, end) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Reference& r : references) {
        q.bindValue(0, letterId);
        q.bindValue(1, renditionId);
        q.bindValue(2, r.kind);
        q.bindValue(3, r.target);
        q.bindValue(4, r.text.isNull() ? QStringLiteral("") : r.text);
        q.bindValue(5, qint64(r.start));
        q.bindValue(6, qint64(r.end));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool ReferenceIndex::rescanAll(QSqlDatabase& db, const QString& libraryFolder, QString* error)
{
    QSqlQuery renditions(db);
    renditions.setForwardOnly(true);
    if (!renditions.exec(QStringLiteral("SELECT id, letter_id, format, file FROM renditions ORDER BY id"))) {
        *error = renditions.lastError().text();
        return false;
    }
    struct Row {
        qint64 id, letterId;
        QString format, file;
    };
    QList<Row> rows;
    while (renditions.next())
        rows.append(Row{renditions.value(0).toLongLong(), renditions.value(1).toLongLong(),
                        renditions.value(2).toString(), renditions.value(3).toString()});
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM letter_references"))) {
        *error = clear.lastError().text();
        return false;
    }
    QSqlQuery pages(db);
    pages.prepare(QStringLiteral("SELECT text FROM page_texts WHERE rendition_id = ? ORDER BY page"));
    for (const Row& row : rows) {
        QList<Reference> refs;
        if (row.format == QLatin1String("xml")) {
            const DocumentReader::FileRead read =
                DocumentReader::readFile(libraryFolder + QStringLiteral("/files/") + row.file);
            if (read.result.ok())
                refs = read.result.document.references;
        } else {
            pages.bindValue(0, row.id);
            if (!pages.exec()) {
                *error = pages.lastError().text();
                return false;
            }
            QStringList texts;
            while (pages.next())
                texts.append(pages.value(0).toString());
            refs = ReferenceScanner::scan(texts.join(QLatin1Char('\f')));
        }
        if (!store(db, row.letterId, row.id, refs, error))
            return false;
    }
    return true;
}

} // namespace kl

#include "PassageIndex.h"

#include "PassageSplitter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace kl {

bool PassageIndex::indexRendition(QSqlDatabase& db, qint64 letterId, qint64 renditionId, const QStringList& pages,
                                  QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO passages (letter_id, rendition_id, page, start, end, text) VALUES (?, ?, ?, ?, ?, ?)"));
    qsizetype pageStart = 0;
    for (int i = 0; i < pages.size(); ++i) {
        const QString& page = pages[i];
        for (const PassageSplitter::Passage& p : PassageSplitter::split(page)) {
            q.bindValue(0, letterId);
            q.bindValue(1, renditionId);
            q.bindValue(2, i + 1);
            q.bindValue(3, qint64(pageStart + p.start));
            q.bindValue(4, qint64(pageStart + p.end));
            q.bindValue(5, page.mid(p.start, p.end - p.start));
            if (!q.exec()) {
                *error = q.lastError().text();
                return false;
            }
        }
        pageStart += page.size() + 1; // the form feed between pages
    }
    return true;
}

bool PassageIndex::indexAll(QSqlDatabase& db, QString* error)
{
    QSqlQuery renditions(db);
    renditions.setForwardOnly(true);
    if (!renditions.exec(QStringLiteral("SELECT id, letter_id FROM renditions ORDER BY id"))) {
        *error = renditions.lastError().text();
        return false;
    }
    QList<std::pair<qint64, qint64>> ids;
    while (renditions.next())
        ids.append({renditions.value(0).toLongLong(), renditions.value(1).toLongLong()});
    QSqlQuery pages(db);
    pages.prepare(QStringLiteral("SELECT text FROM page_texts WHERE rendition_id = ? ORDER BY page"));
    for (const auto& [renditionId, letterId] : ids) {
        pages.bindValue(0, renditionId);
        if (!pages.exec()) {
            *error = pages.lastError().text();
            return false;
        }
        QStringList texts;
        while (pages.next())
            texts.append(pages.value(0).toString());
        if (!indexRendition(db, letterId, renditionId, texts, error))
            return false;
    }
    return true;
}

} // namespace kl

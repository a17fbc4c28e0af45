#include "PageTextChecksums.h"

#include "Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace kl {

PageTextChecksums::PageTextChecksums(Database& db)
    : m_db(db)
{
}

QString PageTextChecksums::of(const QString& text)
{
    // 128 bits of SHA-256: damage, not an adversary, is what it tells.
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).left(16).toHex());
}

Result<QString> PageTextChecksums::stored(qint64 renditionId, int page) const
{
    Result<QVariant> v = m_db.scalar(
        QStringLiteral("SELECT checksum FROM page_texts WHERE rendition_id = ? AND page = ?"), {renditionId, page});
    if (!v)
        return v.error();
    return v->toString();
}

Result<void> PageTextChecksums::fillMissing()
{
    Result<QList<std::pair<Page, QString>>> missing = m_db.list<std::pair<Page, QString>>(
        QStringLiteral("SELECT rendition_id, page, text FROM page_texts WHERE checksum IS NULL"), {}, [](const Row& r) {
            return std::pair{Page{r.id("rendition_id"), r.integer("page")}, of(r.text("text"))};
        });
    if (!missing)
        return missing.error();
    QList<QVariantList> rows;
    rows.reserve(missing->size());
    for (const auto& [page, checksum] : *missing)
        rows.append({checksum, page.renditionId, page.page});
    return m_db.runEach(QStringLiteral("UPDATE page_texts SET checksum = ? WHERE rendition_id = ? AND page = ?"), rows);
}

Result<QList<PageTextChecksums::Page>> PageTextChecksums::changedPages() const
{
    // Row by row: the texts of a whole library are not held at once.
    Result<QSqlQuery> q = m_db.run(QStringLiteral("SELECT rendition_id, page, text, checksum FROM page_texts WHERE "
                                                  "checksum IS NOT NULL ORDER BY rendition_id, page"));
    if (!q)
        return q.error();
    const Row row(*q);
    QList<Page> out;
    while (q->next())
        if (of(row.text("text")) != row.text("checksum"))
            out.append({row.id("rendition_id"), row.integer("page")});
    return out;
}

Result<void> PageTextChecksums::restore(const Page& page, const QString& text)
{
    return m_db.changeOne(
        QStringLiteral("UPDATE page_texts SET text = ?, checksum = ? WHERE rendition_id = ? AND page = ?"),
        {sql::notNull(text), of(text), page.renditionId, page.page},
        QStringLiteral("page %1 of rendition %2").arg(page.page).arg(page.renditionId));
}

} // namespace kl

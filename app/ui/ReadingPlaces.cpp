#include "ReadingPlaces.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QSettings>
#include <QVariantMap>

#include <algorithm>

namespace kl {

namespace {

QVariantMap toMap(const ReadingPlace& p)
{
    return {{QStringLiteral("rendition"), p.rendition},
            {QStringLiteral("page"), p.page},
            {QStringLiteral("fraction"), p.fraction},
            {QStringLiteral("offset"), qint64(p.offset)},
            {QStringLiteral("zoom"), p.zoom},
            {QStringLiteral("zoomMode"), p.zoomMode},
            {QStringLiteral("textPointSize"), p.textPointSize},
            {QStringLiteral("twoPages"), p.twoPages}};
}

ReadingPlace fromMap(const QVariantMap& m)
{
    ReadingPlace p;
    p.rendition = m.value(QStringLiteral("rendition")).toLongLong();
    p.page = m.value(QStringLiteral("page"), -1).toInt();
    p.fraction = m.value(QStringLiteral("fraction")).toDouble();
    p.offset = m.value(QStringLiteral("offset"), -1).toLongLong();
    p.zoom = m.value(QStringLiteral("zoom")).toDouble();
    p.zoomMode = m.value(QStringLiteral("zoomMode"), -1).toInt();
    p.textPointSize = m.value(QStringLiteral("textPointSize")).toDouble();
    p.twoPages = m.value(QStringLiteral("twoPages")).toBool();
    return p;
}

const QString kSeen = QStringLiteral("seen");
const QString kPlace = QStringLiteral("place");

} // namespace

ReadingPlaces::ReadingPlaces(const QString& libraryFolder)
{
    const QByteArray folder = QDir::cleanPath(QDir(libraryFolder).absolutePath()).toUtf8();
    m_key = QStringLiteral("places/") +
            QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha1).toHex().left(16));
}

std::optional<ReadingPlace> ReadingPlaces::place(qint64 letterId) const
{
    const QVariantMap entry = QSettings().value(m_key).toMap().value(QString::number(letterId)).toMap();
    if (!entry.contains(kPlace))
        return std::nullopt;
    return fromMap(entry.value(kPlace).toMap());
}

static void store(const QString& key, qint64 letterId, const std::optional<ReadingPlace>& place)
{
    QSettings settings;
    QVariantMap all = settings.value(key).toMap();
    QVariantMap entry = all.value(QString::number(letterId)).toMap();
    // Strictly increasing, so that two documents read within one millisecond keep their order.
    qint64 newest = 0;
    for (const QVariant& v : std::as_const(all))
        newest = std::max(newest, v.toMap().value(kSeen).toLongLong());
    entry.insert(kSeen, std::max(QDateTime::currentMSecsSinceEpoch(), newest + 1));
    if (place)
        entry.insert(kPlace, toMap(*place));
    all.insert(QString::number(letterId), entry);
    if (all.size() > ReadingPlaces::kKept) {
        // The documents read longest ago go first.
        QList<std::pair<qint64, QString>> bySeen;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            bySeen.append({it.value().toMap().value(kSeen).toLongLong(), it.key()});
        std::sort(bySeen.begin(), bySeen.end());
        for (qsizetype i = 0; i < bySeen.size() - ReadingPlaces::kKept; ++i)
            all.remove(bySeen[i].second);
    }
    settings.setValue(key, all);
}

void ReadingPlaces::remember(qint64 letterId, const ReadingPlace& place)
{
    store(m_key, letterId, place);
}

void ReadingPlaces::touch(qint64 letterId)
{
    store(m_key, letterId, std::nullopt);
}

QList<qint64> ReadingPlaces::recent(int count) const
{
    const QVariantMap all = QSettings().value(m_key).toMap();
    QList<std::pair<qint64, qint64>> bySeen; // (seen, letter), newest first
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        bySeen.append({it.value().toMap().value(kSeen).toLongLong(), it.key().toLongLong()});
    std::sort(bySeen.begin(), bySeen.end(), [](const auto& a, const auto& b) { return a > b; });
    QList<qint64> ids;
    for (const auto& [seen, id] : std::as_const(bySeen))
        if (seen > 0 && ids.size() < count)
            ids.append(id);
    return ids;
}

void ReadingPlaces::forget(qint64 letterId)
{
    QSettings settings;
    QVariantMap all = settings.value(m_key).toMap();
    all.remove(QString::number(letterId));
    settings.setValue(m_key, all);
}

void ReadingPlaces::clearRecent()
{
    // The places stay: a document cleared from the list still opens where it was left.
    QSettings settings;
    QVariantMap all = settings.value(m_key).toMap();
    for (auto it = all.begin(); it != all.end(); ++it) {
        QVariantMap entry = it.value().toMap();
        entry.insert(kSeen, 0);
        it.value() = entry;
    }
    settings.setValue(m_key, all);
}

} // namespace kl

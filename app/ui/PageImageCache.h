#pragma once

#include <QCache>
#include <QImage>
#include <QString>

namespace kl {

// Rendered pages of every open PDF, bounded by memory rather than by count: a page at 200 % on a HiDPI screen
// is tens of megabytes, a thumbnail a few hundred kilobytes. Used on the UI thread only.
class PageImageCache {
public:
    static PageImageCache& instance();

    void setLimitMb(int mb);
    void insert(const QString& key, const QImage& image);
    QImage find(const QString& key) const;
    void removeWithPrefix(const QString& prefix);
    qint64 usedKb() const { return m_cache.totalCost(); }

private:
    PageImageCache();
    QCache<QString, QImage> m_cache; // cost in kilobytes
};

} // namespace kl

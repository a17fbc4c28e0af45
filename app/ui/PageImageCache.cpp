#include "PageImageCache.h"

namespace kl {

PageImageCache& PageImageCache::instance()
{
    static PageImageCache cache;
    return cache;
}

PageImageCache::PageImageCache()
{
    // Enough for a few screens of pages at high zoom; KAMERLEZER_PAGE_CACHE_MB tunes it for benchmarks.
    const int mb = qEnvironmentVariableIntValue("KAMERLEZER_PAGE_CACHE_MB");
    setLimitMb(mb > 0 ? mb : 128);
}

void PageImageCache::setLimitMb(int mb)
{
    m_cache.setMaxCost(qint64(mb) * 1024);
}

void PageImageCache::insert(const QString& key, const QImage& image)
{
    m_cache.insert(key, new QImage(image), std::max<qint64>(1, image.sizeInBytes() / 1024));
}

QImage PageImageCache::find(const QString& key) const
{
    const QImage* image = m_cache.object(key);
    return image ? *image : QImage();
}

void PageImageCache::removeWithPrefix(const QString& prefix)
{
    const QList<QString> keys = m_cache.keys();
    for (const QString& key : keys)
        if (key.startsWith(prefix))
            m_cache.remove(key);
}

} // namespace kl

#pragma once

#include <QList>
#include <QString>

namespace kl {

class Library;

// The normalized text of one rendition as anchors see it: pages joined by form feeds.
class RenditionText {
public:
    RenditionText() = default;
    explicit RenditionText(const QStringList& pages);
    static RenditionText load(const Library& library, qint64 renditionId);

    const QString& text() const { return m_text; }
    int pageCount() const { return int(m_pageStarts.size()); }
    // 1-based page that holds `pos`.
    int pageAt(qsizetype pos) const;
    qsizetype pageStart(int page) const; // 1-based

private:
    QString m_text;
    QList<qsizetype> m_pageStarts;
};

} // namespace kl

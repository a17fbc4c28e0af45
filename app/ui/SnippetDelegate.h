#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

namespace kl {

// Paints the rows of a SearchResultsModel. Letter rows: the title in bold, the citation under it, the number of
// hits at the right. Hit rows: up to two lines of snippet with the hit words in bold on a highlight, cut so that
// the first hit word is always in sight, and the page (with a "note" tag for hits in notes) at the right.
class SnippetDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SnippetDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The snippet's text with the hit markers taken out, and the hit ranges (start, length) in that text,
    // shortened at the front ("…" + the words just before the first hit) when the first hit would sit further
    // than `maxLead` pixels into the text. Public so that tests can check the cut.
    struct Marked {
        QString text;
        QList<std::pair<int, int>> hits;
    };
    static Marked parse(const QString& markedSnippet);
    static Marked cutLead(const Marked& marked, const QFontMetrics& fm, int maxLead);

private:
    void paintLetter(QPainter* p, const QStyleOptionViewItem& opt, const QModelIndex& index) const;
    void paintHit(QPainter* p, const QStyleOptionViewItem& opt, const QModelIndex& index) const;
    int rightColumnWidth(const QFontMetrics& fm) const;
};

} // namespace kl

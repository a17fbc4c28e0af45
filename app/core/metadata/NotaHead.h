#pragma once

#include "document/PageText.h"

#include <QString>
#include <QStringList>

namespace kl {

// The head of a nota (a beslisnota) read from where its words stand on the first page, not from the order of its
// text: an OCR layer puts the side column ("Directie ...", "Datum", "Kenmerk", "Bijlage(n)") on the lines of the
// main column, and the 'nota' logo, a "(ter beslissing)" label or the side column's values into the title line.
// The Rijkshuisstijl nota prints its title beside the big 'nota' logo, or on the line under it beside the label,
// in the main column, left of the side column.
class NotaHead {
public:
    struct Reading {
        QString title;  // the title's lines, joined; empty when no logo or label is found
        QString sender; // the ministry over the page and the units at the top of the side column
    };
    // Empty when the page has no word boxes or no side column.
    static Reading read(const PageText& firstPage);

    struct Word {
        QString text;
        QRectF rect; // normalized 0..1, top-left origin
    };
    using Line = QList<Word>;

private:
    static QList<Line> lines(QList<Word> words);
    static QString title(const QList<Line>& main, double wordHeight);
};

} // namespace kl

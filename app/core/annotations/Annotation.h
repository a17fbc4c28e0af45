#pragma once

#include "anchor/TextAnchor.h"

#include <QDateTime>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace kl {

// A highlight, an underline, or a note on the letter as a whole. It belongs to the letter and shows in every
// rendition; its anchor is kept in the text of the rendition it was made in.
struct Annotation {
    enum Style { Highlight, Underline, LetterNote };

    qint64 id = 0;
    qint64 letterId = 0;
    qint64 renditionId = 0; // where the anchor was taken; 0 for a letter note
    Style style = Highlight;
    QString color = QStringLiteral("yellow"); // a palette name or #rrggbb
    QString note;                             // plain text with simple (markdown) formatting
    QStringList tags;
    TextAnchor anchor;
    int page = 0;        // 1-based page of a PDF rendition, 0 when not on a PDF page
    QList<QRectF> rects; // on that page, normalized 0..1, top-left origin: one per line
    QDateTime created;
    QDateTime modified;

    static QString styleName(Style style);
    static Style styleFromName(const QString& name);
};

} // namespace kl

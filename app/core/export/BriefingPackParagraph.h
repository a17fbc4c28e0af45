#pragma once

#include "PrintStyle.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QTextLayout>

#include <memory>

namespace kl {

// One paragraph of a briefing pack's flowing text: what the composer writes, the layout breaks into lines and
// places on pages, and the painter draws. Lengths are in points, except the laid-out heights.
struct BriefingPackParagraph {
    enum Kind {
        Text,
        Field, // a metadata value, its label in the margin left of it
        Toc,   // a contents entry: its number left, dot leaders and the page number right
        Rule,  // a horizontal line
    };
    Kind kind = Text;
    QString text;
    QFont font = PrintStyle::serif(10);
    QColor color = PrintStyle::ink();
    double indent = 0;
    double before = 0; // space above; none at the top of a page
    double after = 0;
    double spacing = 1.3; // line height as a multiple of the font's
    QList<QTextLayout::FormatRange> formats;
    struct Mark {
        qsizetype start, end;
        QColor color;
    };
    QList<Mark> marks; // highlights behind the text
    QColor bar;        // excerpts: a bar in the highlight's colour left of the lines
    QColor tint;       // and a tinted background
    bool keepWithNext = false;
    int group = 0; // paragraphs with the same group stay on one page when they fit
    bool pageBreak = false;
    QString anchor;    // a name the text refers to by page number ("letter:12")
    QString label;     // Field: the label; Toc: the entry's number
    QString tocTarget; // Toc: the anchor whose page number the entry shows

    // Set by the layout, for its device.
    std::unique_ptr<QTextLayout> layout;
    QList<double> heights; // device units, per line
    double height() const
    {
        double h = 0;
        for (double x : heights)
            h += x;
        return h;
    }
};

} // namespace kl

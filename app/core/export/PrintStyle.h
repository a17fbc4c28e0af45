#pragma once

#include <QColor>
#include <QFont>
#include <QMarginsF>
#include <QString>

class QPdfWriter;

namespace kl {

// The look of what Kamerlezer prints: the typefaces, colours and A4 geometry of the briefing pack and of a text
// letter typeset for the annotated-PDF export, kept in one place so that both read as one house style.
// Lengths are in points (1/72 inch) unless their name says otherwise.
struct PrintStyle {
    enum Face { Serif, Sans };

    // A4 portrait.
    static constexpr double pageWidth = 595.276;
    static constexpr double pageHeight = 841.89;
    // PDFs are written at 300 dpi; original pages drawn into a pack are rendered at half that, sharp on paper and
    // a tenth of the file size.
    static constexpr int pdfResolution = 300;
    static constexpr int originalPageDpi = 150;

    // The briefing pack's type area, and where its running header and footer stand.
    static constexpr double left = 68;
    static constexpr double right = pageWidth - 62;
    static constexpr double top = 82;
    static constexpr double bottom = pageHeight - 66;
    static constexpr double headerY = 40;
    static constexpr double footerY = pageHeight - 40;
    static constexpr double typeWidth() { return right - left; }

    // A typeset text letter: wider margins, as an official letter has; in millimetres (QPdfWriter takes them so).
    static QMarginsF letterMarginsMm() { return QMarginsF(25, 20, 25, 20); }
    static constexpr double letterBodyPt = 11;
    static constexpr double letterCitationPt = 9;

    static QColor accent() { return QColor(0x15, 0x42, 0x73); } // rijksblauw: headings, the cover band
    static QColor ink() { return QColor(0x1a, 0x1a, 0x1a); }
    static QColor grey() { return QColor(0x5f, 0x63, 0x68); }      // labels, captions, the running header
    static QColor lightGrey() { return QColor(0xc8, 0xcc, 0xd0); } // rules, frames, dot leaders
    static QColor marking() { return QColor(0xa4, 0x26, 0x2c); }   // "Vertrouwelijk"
    static QColor letterCitation() { return QColor(0x55, 0x55, 0x55); }

    static QString family(Face face);
    // A font for print: unhinted (the PDF scales it), kerned, and without ligatures so the text stays searchable.
    static QFont font(Face face, double pt, bool bold = false, bool italic = false);
    static QFont serif(double pt, bool bold = false, bool italic = false) { return font(Serif, pt, bold, italic); }
    static QFont sans(double pt, bool bold = false, bool italic = false) { return font(Sans, pt, bold, italic); }
    // `c` mixed with white: `keep` 1 is the colour itself, 0 is white. Highlights and tints behind text.
    static QColor lighten(const QColor& c, double keep);

    // Resolution, title and creator of a PDF Kamerlezer writes.
    static void setUp(QPdfWriter& writer, const QString& title);
};

} // namespace kl

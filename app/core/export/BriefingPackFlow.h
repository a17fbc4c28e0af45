#pragma once

#include "BriefingPackParagraph.h"

#include <QHash>
#include <QList>
#include <QString>

#include <deque>

namespace kl {

// The paragraphs of a briefing pack in reading order, cut into sections (the cover, runs of flowing text, a
// letter's original pages), and the page numbers of the places the text refers to.
//
// The text quotes page numbers ("page 12 of this pack") that only pagination finds, and those numbers change the
// text's length: a flow is written with the numbers of the previous round (placeholders in the first) until they
// stand still (BriefingPackLayout).
class BriefingPackFlow {
public:
    using Paragraph = BriefingPackParagraph;
    struct Section {
        enum Kind { Cover, Flow, Originals };
        Kind kind = Flow;
        int first = 0, last = 0; // Flow: paragraphs [first, last)
        int letter = -1;         // Originals, and a letter's Flow: index into the content's letters
    };

    // `pages`: anchor -> 1-based page, from the previous round.
    explicit BriefingPackFlow(QHash<QString, int> pages = {});

    // Names of the places the text refers to by page number.
    static QString letterAnchor(qint64 letterId);
    static QString originalAnchor(qint64 letterId, int page);
    // The page of `anchor`, or a placeholder as wide as a page number while it is not known.
    QString pageRef(const QString& anchor) const { return pageRef(m_pages, anchor); }
    static QString pageRef(const QHash<QString, int>& pages, const QString& anchor);

    Paragraph& add(const QString& text, const QFont& font, const QColor& color = PrintStyle::ink());
    Paragraph& heading1(const QString& text, const QString& anchor);
    Paragraph& heading2(const QString& text);
    // A metadata line: nothing when the value is empty.
    void field(const QString& label, const QString& value);

    int size() const { return int(m_paragraphs.size()); }
    // Ends a section: a run of flowing text holds the paragraphs from `first` to here and starts on a new page.
    void addSection(Section::Kind kind, int first = 0, int letter = -1);

    std::deque<Paragraph>& paragraphs() { return m_paragraphs; }
    const std::deque<Paragraph>& paragraphs() const { return m_paragraphs; }
    const QList<Section>& sections() const { return m_sections; }

private:
    QHash<QString, int> m_pages;
    // A deque: paragraphs hold their QTextLayout and are referred to by reference while others are added.
    std::deque<Paragraph> m_paragraphs;
    QList<Section> m_sections;
};

} // namespace kl

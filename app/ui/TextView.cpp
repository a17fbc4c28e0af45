#include "TextView.h"

#include "document/DocumentMetadata.h"

#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>

namespace kl {

namespace {
constexpr int kColumnWidth = 760; // about 90 characters: a line a reader can follow
constexpr int kMaxHeaderParagraphs = 14;
} // namespace

TextView::TextView(const DocumentMetadata& metadata, const QStringList& pageTexts, QWidget* parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Document text"));
    setFrameShape(QFrame::NoFrame);
    layOut(metadata, pageTexts);
}

void TextView::layOut(const DocumentMetadata& metadata, const QStringList& pageTexts)
{
    QTextDocument* doc = document();
    doc->setDocumentMargin(24);
    QString all = pageTexts.join(QStringLiteral("\n\n"));
    all.replace(QLatin1Char('\f'), QStringLiteral("\n\n"));
    QStringList paragraphs = all.split(QRegularExpression(QStringLiteral("\\n[ \\t]*\\n+")), Qt::SkipEmptyParts);
    for (QString& p : paragraphs)
        p = p.trimmed();
    paragraphs.removeAll(QString());

    // The header of a Kamerstuk ends with its title ("BRIEF VAN DE MINISTER ..."); when the title is not
    // among the first paragraphs, there is no header to set apart.
    int titleParagraph = -1;
    const QString title = metadata.title.simplified();
    for (int i = 0; i < std::min<qsizetype>(paragraphs.size(), kMaxHeaderParagraphs) && !title.isEmpty(); ++i) {
        const QStringList lines = paragraphs[i].split(QLatin1Char('\n'));
        for (int k = 0; k < lines.size(); ++k) {
            if (lines[k].simplified().compare(title, Qt::CaseInsensitive) != 0)
                continue;
            // Some texts put the number right above the title ("Nr. 9001\nBRIEF VAN ..."): the title gets a
            // paragraph of its own so that only the title is set as one.
            if (k > 0) {
                paragraphs[i] = lines.mid(k).join(QLatin1Char('\n'));
                paragraphs.insert(i, lines.mid(0, k).join(QLatin1Char('\n')));
                ++i;
            }
            titleParagraph = i;
            break;
        }
        if (titleParagraph >= 0)
            break;
    }

    QTextCursor cursor(doc);
    QTextCharFormat body;
    QTextCharFormat header;
    header.setForeground(palette().color(QPalette::PlaceholderText));
    QTextCharFormat titleFormat;
    titleFormat.setFontWeight(QFont::Bold);
    titleFormat.setFontPointSize(font().pointSizeF() * 1.3);
    for (int i = 0; i < paragraphs.size(); ++i) {
        QTextBlockFormat block;
        block.setBottomMargin(i < titleParagraph ? 2 : 10);
        if (i == titleParagraph) {
            block.setTopMargin(12);
            block.setBottomMargin(18);
        }
        if (i == 0)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        const QTextCharFormat& format = i == titleParagraph ? titleFormat : (i < titleParagraph ? header : body);
        // Lines inside a paragraph stay lines (addresses, lists), without becoming paragraphs of their own.
        QString text = paragraphs[i];
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        cursor.insertText(text, format);
    }
    moveCursor(QTextCursor::Start);
}

void TextView::resizeEvent(QResizeEvent* event)
{
    // A centred column rather than lines across a wide window.
    const int side = std::max(0, (width() - verticalScrollBar()->sizeHint().width() - kColumnWidth) / 2);
    setViewportMargins(side, 0, side, 0);
    QTextEdit::resizeEvent(event);
}

QString TextView::selectedText() const
{
    QString text = textCursor().selectedText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return text;
}

int TextView::find(const QString& needle)
{
    m_hits.clear();
    m_currentHit = -1;
    if (!needle.isEmpty()) {
        QTextCursor at(document());
        for (;;) {
            at = document()->find(needle, at);
            if (at.isNull())
                break;
            m_hits.append(at);
        }
    }
    updateMarks();
    return int(m_hits.size());
}

int TextView::findNext(bool backward)
{
    if (m_hits.isEmpty())
        return -1;
    const int n = int(m_hits.size());
    if (m_currentHit < 0) {
        // From where the reader is: the first hit after the cursor.
        const int pos = textCursor().position();
        m_currentHit = 0;
        while (m_currentHit < n && m_hits[m_currentHit].selectionStart() < pos)
            ++m_currentHit;
        if (backward)
            m_currentHit = (m_currentHit - 1 + n) % n;
        else
            m_currentHit %= n;
    } else {
        m_currentHit = (m_currentHit + (backward ? n - 1 : 1)) % n;
    }
    setTextCursor(m_hits[m_currentHit]);
    ensureCursorVisible();
    updateMarks();
    return m_currentHit;
}

void TextView::updateMarks()
{
    QList<QTextEdit::ExtraSelection> marks;
    for (int i = 0; i < m_hits.size(); ++i) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = m_hits[i];
        mark.format.setBackground(i == m_currentHit ? QColor(255, 150, 0) : QColor(255, 225, 90));
        mark.format.setForeground(Qt::black);
        marks.append(mark);
    }
    setExtraSelections(marks);
}

} // namespace kl

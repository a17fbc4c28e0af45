#include "TextView.h"
#include "LineUnwrapper.h"

#include "document/DocumentMetadata.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

#include <memory>

namespace kl {

namespace {
constexpr int kColumnWidth = 760; // about 90 characters: a line a reader can follow
constexpr int kMaxHeaderParagraphs = 14;
} // namespace

TextView::TextView(const DocumentMetadata& metadata, const QStringList& pageTexts, QWidget* parent)
    : QTextEdit(parent)
    , m_text(pageTexts)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleName(tr("Document text"));
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    layOut(metadata);
}

void TextView::layOut(const DocumentMetadata& metadata)
{
    QTextDocument* doc = document();
    doc->setDocumentMargin(24);
    // Paragraphs are blank-line (or page) separated spans of the stored text, trimmed; each keeps its offset.
    struct Paragraph {
        qsizetype start = 0;
        QString text;
    };
    const QString& all = m_text.text();
    QList<Paragraph> paragraphs;
    auto addSpan = [&](qsizetype from, qsizetype to) {
        while (from < to && all.at(from).isSpace())
            ++from;
        while (to > from && all.at(to - 1).isSpace())
            --to;
        if (to > from)
            paragraphs.append(Paragraph{from, all.mid(from, to - from)});
    };
    static const QRegularExpression separator(QStringLiteral("\\n[ \\t]*\\n+|\\f"));
    qsizetype at = 0;
    for (auto it = separator.globalMatch(all); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        addSpan(at, m.capturedStart());
        at = m.capturedEnd();
    }
    addSpan(at, all.size());

    // The header of a Kamerstuk ends with its title ("BRIEF VAN DE MINISTER ..."); when the title is not
    // among the first paragraphs, there is no header to set apart.
    int titleParagraph = -1;
    const QString title = metadata.title.simplified();
    for (int i = 0; i < std::min<qsizetype>(paragraphs.size(), kMaxHeaderParagraphs) && !title.isEmpty(); ++i) {
        const QStringList lines = paragraphs[i].text.split(QLatin1Char('\n'));
        qsizetype lineStart = 0;
        for (int k = 0; k < lines.size(); lineStart += lines[k].size() + 1, ++k) {
            if (lines[k].simplified().compare(title, Qt::CaseInsensitive) != 0)
                continue;
            // Some texts put the number right above the title ("Nr. 9001\nBRIEF VAN ..."): the title gets a
            // paragraph of its own so that only the title is set as one.
            if (k > 0) {
                const Paragraph whole = paragraphs[i];
                paragraphs[i] = Paragraph{whole.start + lineStart, whole.text.mid(lineStart)};
                paragraphs.insert(i, Paragraph{whole.start, whole.text.left(lineStart - 1)});
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
    m_pieces.clear();
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
        // Lines a paragraph means stay lines (addresses, lists), without becoming paragraphs of their own; lines
        // the source wrapped at its width flow again. One character for one: document positions map straight
        // back to the stored text.
        const QString text = LineUnwrapper::unwrap(paragraphs[i].text);
        m_pieces.append(Piece{cursor.position(), paragraphs[i].start, text.size()});
        cursor.insertText(text, format);
    }
    moveCursor(QTextCursor::Start);
}

qsizetype TextView::toStored(int position) const
{
    if (m_pieces.isEmpty())
        return 0;
    auto it = std::upper_bound(m_pieces.cbegin(), m_pieces.cend(), position,
                               [](int pos, const Piece& p) { return pos < p.position; });
    if (it == m_pieces.cbegin())
        return m_pieces.first().stored;
    --it;
    return it->stored + std::clamp<qsizetype>(position - it->position, 0, it->length);
}

int TextView::toDocument(qsizetype offset) const
{
    if (m_pieces.isEmpty())
        return 0;
    auto it = std::upper_bound(m_pieces.cbegin(), m_pieces.cend(), offset,
                               [](qsizetype off, const Piece& p) { return off < p.stored; });
    if (it == m_pieces.cbegin())
        return m_pieces.first().position;
    --it;
    return it->position + int(std::clamp<qsizetype>(offset - it->stored, 0, it->length));
}

std::pair<qsizetype, qsizetype> TextView::selectedSpan() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return {0, 0};
    return {toStored(c.selectionStart()), toStored(c.selectionEnd())};
}

void TextView::scrollToStored(qsizetype offset)
{
    QTextCursor c(document());
    c.setPosition(std::clamp(toDocument(offset), 0, document()->characterCount() - 1));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + cursorRect(c).top());
}

void TextView::showSpan(qsizetype start, qsizetype end)
{
    QTextCursor c(document());
    c.setPosition(toDocument(end));
    setTextCursor(c);
    ensureCursorVisible();
    c.setPosition(toDocument(start));
    setTextCursor(c);
    ensureCursorVisible();
}

void TextView::selectSpan(qsizetype start, qsizetype end)
{
    QTextCursor c(document());
    c.setPosition(toDocument(start));
    c.setPosition(toDocument(end), QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

void TextView::setMarks(const QList<Mark>& marks)
{
    m_marks = marks;
    updateMarks();
}

void TextView::setReferences(const QList<ReferenceSpan>& references)
{
    m_references = references;
    updateMarks();
}

qsizetype TextView::storedOffsetAt(const QPoint& pos) const
{
    const QTextCursor c = cursorForPosition(pos);
    // Only over the text itself: the nearest position of a point in the margin is not a click on a word.
    const QRect caret = cursorRect(c);
    if (std::abs(caret.center().y() - pos.y()) > caret.height())
        return -1;
    return toStored(c.position());
}

int TextView::referenceAt(const QPoint& pos) const
{
    if (m_references.isEmpty())
        return -1;
    const qsizetype offset = storedOffsetAt(pos);
    if (offset < 0)
        return -1;
    for (int i = 0; i < m_references.size(); ++i)
        if (offset >= m_references[i].start && offset <= m_references[i].end)
            return i;
    return -1;
}

qint64 TextView::annotationAt(const QPoint& pos) const
{
    const qsizetype offset = m_marks.isEmpty() ? -1 : storedOffsetAt(pos);
    if (offset < 0)
        return 0;
    const Mark* best = nullptr;
    for (const Mark& m : m_marks)
        if (offset >= m.start && offset < m.end && (!best || m.end - m.start < best->end - best->start))
            best = &m;
    return best ? best->id : 0;
}

QRect TextView::rectOf(qsizetype storedOffset) const
{
    QTextCursor c(document());
    c.setPosition(toDocument(storedOffset));
    return cursorRect(c);
}

void TextView::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->pos();
    QTextEdit::mousePressEvent(event);
}

void TextView::mouseMoveEvent(QMouseEvent* event)
{
    QTextEdit::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton)
        viewport()->setCursor(referenceAt(event->pos()) >= 0 ? Qt::PointingHandCursor : Qt::IBeamCursor);
}

void TextView::mouseReleaseEvent(QMouseEvent* event)
{
    QTextEdit::mouseReleaseEvent(event);
    // A click, not the end of a selection: follows the reference under it.
    if (event->button() != Qt::LeftButton || textCursor().hasSelection() ||
        (event->pos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        return;
    const int index = referenceAt(event->pos());
    if (index >= 0)
        Q_EMIT referenceClicked(index);
}

bool TextView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        QStringList tips;
        if (const qint64 id = annotationAt(help->pos()))
            for (const Mark& m : std::as_const(m_marks))
                if (m.id == id && !m.tip.isEmpty())
                    tips.append(m.tip);
        // The note is rich text; a reference's tooltip alone stays plain.
        if (const int index = referenceAt(help->pos()); index >= 0)
            tips.append(tips.isEmpty() ? m_references[index].toolTip() : m_references[index].toolTip().toHtmlEscaped());
        if (!tips.isEmpty())
            QToolTip::showText(help->globalPos(), tips.join(QStringLiteral("<hr>")), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

std::unique_ptr<QMenu> TextView::contextMenuAt(const QPoint& pos)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(viewport()->mapToGlobal(pos)));
    if (const qint64 id = annotationAt(pos))
        Q_EMIT annotationMenuRequested(menu.get(), menu->insertSeparator(menu->actions().value(0)), id);
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    return menu;
}

void TextView::contextMenuEvent(QContextMenuEvent* event)
{
    contextMenuAt(event->pos())->exec(event->globalPos());
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
        // From where the reader is: the first hit after the cursor when it is in sight, else after the top of
        // what the view shows (the reader scrolled away from it).
        const bool cursorInSight = viewport()->rect().intersects(cursorRect());
        const int pos = cursorInSight ? textCursor().position() : cursorForPosition(QPoint(0, 0)).position();
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
    for (const Mark& m : std::as_const(m_marks)) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(toDocument(m.start));
        mark.cursor.setPosition(toDocument(m.end), QTextCursor::KeepAnchor);
        if (m.underline) {
            mark.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            mark.format.setUnderlineColor(m.color);
            mark.format.setFontUnderline(true);
        } else {
            QColor background = m.color;
            background.setAlpha(m.selected ? 200 : 110);
            mark.format.setBackground(background);
        }
        marks.append(mark);
    }
    const QColor link = palette().color(QPalette::Link);
    const QColor unresolved = palette().color(QPalette::PlaceholderText);
    for (const ReferenceSpan& r : std::as_const(m_references)) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(toDocument(r.start));
        mark.cursor.setPosition(toDocument(r.end), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::DotLine);
        mark.format.setUnderlineColor(r.resolved() ? link : unresolved);
        marks.append(mark);
    }
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

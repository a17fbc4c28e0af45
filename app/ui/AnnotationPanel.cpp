#include "AnnotationPanel.h"

#include "AnnotationController.h"
#include "ElidedComboBox.h"
#include "ReaderTab.h"
#include "annotations/AnnotationColor.h"
#include "annotations/AnnotationStore.h"
#include "annotations/NoteMarkdown.h"
#include "session/LibrarySession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace kl {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kOrphanRole = Qt::UserRole + 2;
constexpr int kQuoteLength = 160;

QString shortQuote(const QString& quote)
{
    const QString q = quote.simplified();
    return q.size() > kQuoteLength ? q.left(kQuoteLength - 1) + QChar(0x2026) : q;
}
} // namespace

AnnotationPanel::AnnotationPanel(AnnotationController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_letterNote(new QPlainTextEdit(this))
    , m_search(new QLineEdit(this))
    , m_colorFilter(new ElidedComboBox(6, this))
    , m_tagFilter(new ElidedComboBox(6, this))
    , m_list(new QListWidget(this))
    , m_quote(new QLabel(this))
    , m_preview(new QTextBrowser(this))
    , m_note(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_color(new QToolButton(this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_reattach(new QPushButton(tr("Re-&attach"), this))
    , m_details(new QWidget(this))
{
    setAccessibleName(tr("Annotations"));
    auto* letterLabel = new QLabel(tr("Note on this &document:"), this);
    letterLabel->setBuddy(m_letterNote);
    m_letterNote->setAccessibleName(tr("Note on this document"));
    m_letterNote->setPlaceholderText(tr("A note on the whole document (Markdown)…"));
    m_letterNote->setMaximumHeight(m_letterNote->fontMetrics().lineSpacing() * 4 + 12);
    // Two lines at least, not a scroll area's default: on a laptop the list below needs the room.
    m_letterNote->setMinimumHeight(m_letterNote->fontMetrics().lineSpacing() * 2 + 12);
    m_letterNote->setTabChangesFocus(true);

    m_search->setPlaceholderText(tr("Filter annotations"));
    m_search->setAccessibleName(tr("Filter annotations"));
    m_search->setClearButtonEnabled(true);
    m_colorFilter->setAccessibleName(tr("Filter by colour"));
    m_colorFilter->setToolTip(tr("Show the annotations of one colour"));
    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    m_tagFilter->setToolTip(tr("Show the annotations with one tag"));

    m_list->setAccessibleName(tr("Annotations of this document"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(16, 16));
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 3 + 8);

    m_quote->setWordWrap(true);
    m_quote->setAccessibleName(tr("Quote"));
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont italic = m_quote->font();
    italic.setItalic(true);
    m_quote->setFont(italic);
    m_preview->setAccessibleName(tr("Note as shown"));
    m_preview->setOpenExternalLinks(true);
    m_preview->setMaximumHeight(m_preview->fontMetrics().lineSpacing() * 5 + 12);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Note (Markdown: **bold**, *italic*, - lists)…"));
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_note->setTabChangesFocus(true);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("Tags, separated by commas"));
    m_color->setText(tr("&Colour"));
    m_color->setAccessibleName(tr("Colour of this annotation"));
    m_color->setToolTip(tr("Change the colour of this annotation"));
    m_color->setPopupMode(QToolButton::InstantPopup);
    m_color->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_color->setMenu(new QMenu(m_color));
    m_delete->setAccessibleName(tr("Delete this annotation"));
    m_reattach->setAccessibleName(tr("Re-attach this annotation to the selected text"));
    m_reattach->setToolTip(tr("Re-attach to the selection: anchor this annotation to the text selected in the reader"));

    // The filter text above the two filter combos: in one row they squeezed the filter box to a letter.
    auto* filterCombos = new QHBoxLayout;
    filterCombos->addWidget(m_colorFilter, 1);
    filterCombos->addWidget(m_tagFilter, 1);
    auto* filters = new QVBoxLayout;
    filters->addWidget(m_search);
    filters->addLayout(filterCombos);

    // The colour and Delete in one row, Re-attach (for annotations not found in this version) under them: the
    // three side by side were wider than a laptop's dock.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_color);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addWidget(m_quote);
    details->addWidget(m_preview);
    details->addWidget(m_note);
    details->addWidget(m_tags);
    details->addLayout(buttons);
    details->addWidget(m_reattach, 0, Qt::AlignLeft);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(letterLabel);
    layout->addWidget(m_letterNote);
    layout->addLayout(filters);
    // The selected annotation's quote, note and tags are taller than a laptop's dock: they scroll, and the
    // reader drags the split between them and the list to see more of either.
    auto* detailsScroll = new QScrollArea(this);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailsScroll->setWidget(m_details);
    detailsScroll->setMinimumHeight(m_tags->sizeHint().height() * 3);
    m_split = new QSplitter(Qt::Vertical, this);
    m_split->setObjectName(QStringLiteral("annotationSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_list);
    m_split->addWidget(detailsScroll);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    layout->addWidget(m_split, 1);
    // Until the reader moves it: the list gets three fifths, so two or three annotations show on a laptop.
    m_split->setSizes({600, 400});
    m_split->restoreState(QSettings().value(QStringLiteral("annotations/split")).toByteArray());
    connect(m_split, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(QStringLiteral("annotations/split"), m_split->saveState()); });

    connect(m_search, &QLineEdit::textChanged, this, &AnnotationPanel::rebuild);
    connect(m_colorFilter, &QComboBox::currentIndexChanged, this, &AnnotationPanel::rebuild);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &AnnotationPanel::rebuild);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!m_updating)
            itemActivated(item);
    });
    connect(m_list, &QListWidget::itemClicked, this, &AnnotationPanel::itemActivated);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AnnotationPanel::noteEdited);
    connect(m_letterNote, &QPlainTextEdit::textChanged, this, &AnnotationPanel::letterNoteEdited);
    connect(m_tags, &QLineEdit::editingFinished, this, &AnnotationPanel::tagsEdited);
    connect(m_delete, &QPushButton::clicked, this, &AnnotationPanel::deleteCurrent);
    connect(m_reattach, &QPushButton::clicked, this, &AnnotationPanel::reattachCurrent);
    connect(m_color->menu(), &QMenu::aboutToShow, this, [this] {
        const std::optional<Annotation> a = m_controller->session()->annotations().annotation(m_current);
        m_controller->fillColorMenu(m_color->menu(), a ? a->color : QString(),
                                    [this](const QString& color) { recolorCurrent(color); });
    });
    connect(m_controller, &AnnotationController::colorMeaningsChanged, this, &AnnotationPanel::rebuild);
    rebuild();
}

void AnnotationPanel::setTab(ReaderTab* tab)
{
    if (m_tab)
        disconnect(m_tab, nullptr, this, nullptr);
    m_tab = tab;
    m_current = 0;
    if (m_tab)
        connect(m_tab, &ReaderTab::annotationsPlaced, this, &AnnotationPanel::rebuild);
    rebuild();
}

void AnnotationPanel::fillFilters()
{
    const QString color = m_colorFilter->currentData().toString();
    const QString tag = m_tagFilter->currentData().toString();
    const QSignalBlocker colorBlocker(m_colorFilter);
    const QSignalBlocker tagBlocker(m_tagFilter);
    m_colorFilter->clear();
    m_colorFilter->addItem(tr("All colours"), QString());
    for (const QString& c : AnnotationColor::paletteNames())
        m_colorFilter->addItem(AnnotationController::swatch(c), m_controller->colorLabel(c), c);
    m_colorFilter->setCurrentIndex(std::max(0, m_colorFilter->findData(color)));

    QStringList tags;
    if (m_tab)
        for (const PlacedAnnotation& p : m_tab->placedAnnotations())
            for (const QString& t : p.annotation.tags)
                if (!tags.contains(t))
                    tags.append(t);
    tags.sort(Qt::CaseInsensitive);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString& t : std::as_const(tags))
        m_tagFilter->addItem(t, t);
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(tag)));
}

void AnnotationPanel::rebuild()
{
    if (m_updating)
        return;
    m_updating = true;
    fillFilters();
    m_list->clear();
    const bool haveTab = m_tab;
    m_letterNote->setEnabled(haveTab);
    m_search->setEnabled(haveTab);
    QString letterNote;
    if (m_tab) {
        const QString text = m_search->text().trimmed();
        const QString color = m_colorFilter->currentData().toString();
        const QString tag = m_tagFilter->currentData().toString();
        bool orphanHeading = false;
        bool currentListed = false;
        for (const PlacedAnnotation& p : m_tab->placedAnnotations()) {
            const Annotation& a = p.annotation;
            if (a.style == Annotation::LetterNote) {
                if (letterNote.isEmpty())
                    letterNote = a.note;
                continue;
            }
            if (!color.isEmpty() && a.color != color)
                continue;
            if (!tag.isEmpty() && !a.tags.contains(tag))
                continue;
            if (!text.isEmpty() && !a.anchor.exact.contains(text, Qt::CaseInsensitive) &&
                !NoteMarkdown::toPlainText(a.note).contains(text, Qt::CaseInsensitive) &&
                !a.tags.join(' ').contains(text, Qt::CaseInsensitive))
                continue;
            if (p.orphan() && !orphanHeading) {
                orphanHeading = true;
                auto* heading = new QListWidgetItem(tr("Not found in this version"), m_list);
                heading->setFlags(Qt::NoItemFlags);
                QFont bold = heading->font();
                bold.setBold(true);
                heading->setFont(bold);
            }
            QString label = shortQuote(a.anchor.exact);
            if (a.style == Annotation::Underline)
                label = tr("%1 (underlined)").arg(label);
            // The note as the preview shows it, not its Markdown.
            const QString note = NoteMarkdown::toPlainText(a.note);
            const QString firstLine = note.section(QLatin1Char('\n'), 0, 0).trimmed();
            if (!firstLine.isEmpty())
                label += QLatin1Char('\n') + tr("Note: %1").arg(firstLine);
            if (!a.tags.isEmpty())
                label += QStringLiteral("\n#") + a.tags.join(QStringLiteral("  #"));
            auto* item = new QListWidgetItem(AnnotationController::swatch(a.color), label, m_list);
            item->setData(kIdRole, a.id);
            item->setData(kOrphanRole, p.orphan());
            item->setToolTip(note.isEmpty() ? a.anchor.exact : note);
            item->setData(Qt::AccessibleTextRole, tr("%1 highlight: %2").arg(m_controller->colorLabel(a.color), label));
            if (p.orphan())
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            if (a.id == m_current) {
                m_list->setCurrentItem(item);
                currentListed = true;
            }
        }
        if (!currentListed && (!m_controller->session()->annotations().annotation(m_current)))
            m_current = 0;
    }
    if (m_letterNote->toPlainText() != letterNote) {
        const QSignalBlocker blocker(m_letterNote);
        m_letterNote->setPlainText(letterNote);
    }
    showCurrent();
    m_updating = false;
}

void AnnotationPanel::showCurrent()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    std::optional<Annotation> a;
    bool orphan = false;
    if (m_tab && m_current)
        for (const PlacedAnnotation& p : m_tab->placedAnnotations())
            if (p.annotation.id == m_current) {
                a = p.annotation;
                orphan = p.orphan();
            }
    m_details->setEnabled(bool(a));
    if (!a) {
        m_quote->setText(tr("Select text and press Ctrl+H to highlight it."));
        m_preview->clear();
        m_note->clear();
        m_tags->clear();
        m_color->setIcon(QIcon());
    } else {
        m_quote->setText(orphan ? tr("“%1” (not found in this version)").arg(shortQuote(a->anchor.exact))
                                : tr("“%1”").arg(shortQuote(a->anchor.exact)));
        m_preview->setMarkdown(a->note);
        m_preview->setVisible(!a->note.isEmpty());
        if (m_note->toPlainText() != a->note)
            m_note->setPlainText(a->note);
        const QString tags = a->tags.join(QStringLiteral(", "));
        if (m_tags->text() != tags && !m_tags->hasFocus())
            m_tags->setText(tags);
        m_color->setIcon(AnnotationController::swatch(a->color));
        m_color->setText(m_controller->colorLabel(a->color));
    }
    m_updating = wasUpdating;
}

void AnnotationPanel::itemActivated(QListWidgetItem* item)
{
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return;
    // Tags typed but not yet confirmed belong to the annotation they were typed for.
    if (m_tags->isModified())
        tagsEdited();
    m_current = item->data(kIdRole).toLongLong();
    if (m_tab)
        m_tab->revealAnnotation(m_current);
    showCurrent();
}

QList<qint64> AnnotationPanel::listedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (const qint64 id = m_list->item(i)->data(kIdRole).toLongLong())
            ids.append(id);
    return ids;
}

QList<qint64> AnnotationPanel::orphanIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kOrphanRole).toBool())
            ids.append(m_list->item(i)->data(kIdRole).toLongLong());
    return ids;
}

bool AnnotationPanel::selectAnnotation(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->item(i));
            itemActivated(m_list->item(i));
            return true;
        }
    return false;
}

void AnnotationPanel::setTextFilter(const QString& text)
{
    m_search->setText(text);
}

void AnnotationPanel::setColorFilter(const QString& color)
{
    m_colorFilter->setCurrentIndex(std::max(0, m_colorFilter->findData(color)));
}

void AnnotationPanel::setTagFilter(const QString& tag)
{
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(tag)));
}

void AnnotationPanel::noteEdited()
{
    if (m_updating || !m_current)
        return;
    m_controller->session()->setNote(m_current, m_note->toPlainText());
}

void AnnotationPanel::letterNoteEdited()
{
    if (m_updating || !m_tab)
        return;
    m_controller->session()->setLetterNote(m_tab->letterId(), m_letterNote->toPlainText());
}

void AnnotationPanel::tagsEdited()
{
    if (m_updating || !m_current)
        return;
    m_tags->setModified(false);
    m_controller->session()->setTags(m_current, m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts));
}

void AnnotationPanel::editLetterNote()
{
    m_letterNote->setFocus();
    m_letterNote->moveCursor(QTextCursor::End);
}

void AnnotationPanel::deleteCurrent()
{
    if (m_current)
        m_controller->session()->removeAnnotation(m_current);
}

void AnnotationPanel::reattachCurrent()
{
    if (!m_current || !m_tab)
        return;
    const std::optional<Annotation> a = m_controller->session()->annotations().annotation(m_current);
    if (!a)
        return;
    if (const std::optional<Annotation> place = m_tab->annotationFromSelection(a->style, a->color))
        m_controller->session()->reattach(m_current, *place);
}

void AnnotationPanel::recolorCurrent(const QString& color)
{
    if (m_current)
        m_controller->session()->recolor(m_current, color);
}

} // namespace kl

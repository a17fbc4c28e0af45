#include "LinkDialog.h"

#include "TextWrap.h"
#include "library/Library.h"
#include "library/RenditionText.h"
#include "search/PassageSplitter.h"
#include "search/SearchEngine.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kl {

namespace {
constexpr int kSearchRole = Qt::UserRole + 1;
constexpr int kLetterRole = Qt::UserRole;
} // namespace

LinkDialog::LinkDialog(const Library& library, qint64 fromLetter, const QString& selection, QWidget* parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_library(library)
    , m_selection(selection)
    , m_passage(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Link to Document"));
    setAccessibleName(tr("Link to document"));
    auto* layout = new QVBoxLayout(this);
    auto* from = new QLabel(tr("Link “%1” to:").arg(TextWrap::shortened(selection, 120).toHtmlEscaped()), this);
    from->setWordWrap(true);
    layout->addWidget(from);

    m_filter->setPlaceholderText(tr("Filter by title, number or citation"));
    m_filter->setAccessibleName(tr("Filter documents"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_list->setAccessibleName(tr("Documents"));
    m_list->setUniformItemSizes(true);
    layout->addWidget(m_list, 1);

    auto* form = new QFormLayout;
    m_passage->setEditable(true);
    m_passage->setInsertPolicy(QComboBox::NoInsert);
    m_passage->lineEdit()->setPlaceholderText(tr("Optional: choose a passage, or paste a quote from the document"));
    m_passage->setAccessibleName(tr("Passage in the document"));
    m_passage->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_passage->setMinimumContentsLength(30);
    m_passage->completer()->setFilterMode(Qt::MatchContains);
    m_passage->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_passage->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("&Passage:"), m_passage);
    m_note->setPlaceholderText(tr("Optional note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    layout->addWidget(m_buttons);

    for (const LetterRecord& l : library.letters()) {
        if (l.id == fromLetter)
            continue;
        const DocumentMetadata& m = l.metadata;
        const QString citation = m.citation();
        auto* item = new QListWidgetItem(
            citation.isEmpty() ? l.displayTitle() : tr("%1 — %2").arg(citation, l.displayTitle()), m_list);
        item->setData(kLetterRole, l.id);
        item->setToolTip(l.displayTitle());
        QStringList keys{l.displayTitle(), m.kstId, citation, m.namedAs};
        for (const Dossier& d : m.dossiers)
            keys.append(d.display() + QStringLiteral(" ") + m.ondernummer);
        item->setData(kSearchRole, keys.join(QLatin1Char('\n')));
    }

    connect(m_filter, &QLineEdit::textChanged, this, &LinkDialog::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &LinkDialog::updateButtons);
    connect(m_list, &QListWidget::currentItemChanged, this, &LinkDialog::fillPassages);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    resize(640, 520);
    m_filter->setFocus();
}

void LinkDialog::applyFilter()
{
    // Every word must occur somewhere: "31490 77" finds "Kamerstukken II 2024/25, 31490, nr. 77".
    const QStringList words = m_filter->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem* firstShown = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const QString keys = item->data(kSearchRole).toString();
        QString compact = keys;
        compact.remove(QLatin1Char(' '));
        const bool match = std::all_of(words.cbegin(), words.cend(), [&](const QString& w) {
            return keys.contains(w, Qt::CaseInsensitive) || compact.contains(w, Qt::CaseInsensitive);
        });
        item->setHidden(!match);
        if (match && !firstShown)
            firstShown = item;
    }
    if (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
    updateButtons();
}

void LinkDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedLetter() != 0);
}

qint64 LinkDialog::selectedLetter() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(kLetterRole).toLongLong() : 0;
}

bool LinkDialog::selectLetter(qint64 letterId)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kLetterRole).toLongLong() == letterId && !m_list->item(i)->isHidden()) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

int LinkDialog::listedCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->isHidden() ? 0 : 1;
    return n;
}

void LinkDialog::fillPassages()
{
    const qint64 letterId = selectedLetter();
    if (letterId == m_passagesOf)
        return;
    m_passagesOf = letterId;
    const QString typed = m_passage->currentIndex() <= 0 ? m_passage->currentText() : QString();
    m_passage->clear();
    m_passage->addItem(tr("(the whole document)"), QString());
    const std::optional<LetterRecord> letter = letterId ? m_library.letter(letterId) : std::nullopt;
    const RenditionRecord* rendition = letter ? letter->primaryRendition() : nullptr;
    if (rendition) {
        const QStringList pages = m_library.pageTexts(rendition->id);
        const RenditionText text(pages);
        QStringList seen;
        const auto add = [&](qsizetype start, qsizetype end, const QString& label) {
            const QString passage = text.text().mid(start, end - start).trimmed();
            if (passage.simplified().size() < 12 || seen.contains(passage))
                return;
            seen.append(passage);
            m_passage->addItem(label.arg(text.pageAt(start)).arg(TextWrap::shortened(passage, 110)), passage);
            m_passage->setItemData(m_passage->count() - 1, TextWrap::shortened(passage, 600), Qt::ToolTipRole);
        };
        // The letter's passages most like the one being linked: where the link most likely goes.
        if (!m_selection.trimmed().isEmpty())
            for (const SearchHit& h : SearchEngine(m_library).similar(m_selection, 0, 40))
                if (h.letterId == letterId && h.renditionId == rendition->id && seen.size() < 5)
                    add(h.start, h.end, tr("like the selection, p. %1: %2"));
        for (int page = 1; page <= text.pageCount(); ++page) {
            const qsizetype base = text.pageStart(page);
            for (const PassageSplitter::Passage& p : PassageSplitter::split(pages.value(page - 1)))
                add(base + p.start, base + p.end, tr("p. %1: %2"));
        }
    }
    m_passage->setCurrentIndex(-1);
    m_passage->setEditText(typed);
}

QStringList LinkDialog::offeredPassages() const
{
    QStringList out;
    for (int i = 1; i < m_passage->count(); ++i)
        out.append(m_passage->itemData(i).toString());
    return out;
}

bool LinkDialog::choosePassage(int index)
{
    if (index < 0 || index + 1 >= m_passage->count())
        return false;
    m_passage->setCurrentIndex(index + 1);
    return true;
}

QString LinkDialog::passage() const
{
    // A passage chosen from the list stands for its whole text; anything else is a quote typed or pasted.
    const int i = m_passage->currentIndex();
    if (i > 0 && m_passage->currentText() == m_passage->itemText(i))
        return m_passage->itemData(i).toString();
    if (i == 0 && m_passage->currentText() == m_passage->itemText(0))
        return {};
    return m_passage->currentText().trimmed();
}

QString LinkDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void LinkDialog::setFilter(const QString& text)
{
    m_filter->setText(text);
}

void LinkDialog::setPassage(const QString& text)
{
    m_passage->setCurrentIndex(-1);
    m_passage->setEditText(text);
}

void LinkDialog::setNote(const QString& text)
{
    m_note->setPlainText(text);
}

} // namespace kl

#include "LinkDialog.h"

#include "library/Library.h"

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
    , m_passage(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Link to Document"));
    setAccessibleName(tr("Link to document"));
    auto* layout = new QVBoxLayout(this);
    auto* from = new QLabel(tr("Link “%1” to:").arg(selection.simplified().left(120).toHtmlEscaped()), this);
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
    m_passage->setPlaceholderText(tr("Optional: paste a quote from the document to link to that passage"));
    m_passage->setAccessibleName(tr("Passage in the document"));
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

QString LinkDialog::passage() const
{
    return m_passage->text().trimmed();
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
    m_passage->setText(text);
}

void LinkDialog::setNote(const QString& text)
{
    m_note->setPlainText(text);
}

} // namespace kl

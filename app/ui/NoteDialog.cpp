#include "NoteDialog.h"

#include "TextWrap.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kl {

NoteDialog::NoteDialog(const QString& quote, const QString& note, QWidget* parent)
    : QDialog(parent)
    , m_edit(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Note"));
    auto* label = new QLabel(tr("Note on “%1”").arg(TextWrap::shortened(quote.simplified(), 120)), this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setPlainText(note);
    m_edit->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    auto* hint = new QLabel(tr("Markdown: **bold**, *italic*, - lists"), this);
    hint->setEnabled(false);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(480, 300);
    m_edit->setFocus();
    m_edit->moveCursor(QTextCursor::End);
}

QString NoteDialog::note() const
{
    return m_edit->toPlainText();
}

void NoteDialog::setNote(const QString& note)
{
    m_edit->setPlainText(note);
}

} // namespace kl

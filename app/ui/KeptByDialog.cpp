#include "KeptByDialog.h"

#include "library/Library.h"
#include "toezeggingen/KeptByCandidates.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace kl {

KeptByDialog::KeptByDialog(const Library& library, const Toezegging& toezegging, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Mark Toezegging Kept"));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(tr("Which letter keeps “%1”?").arg(toezegging.text.left(300)), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_list->setAccessibleName(tr("Letters that may keep it"));
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    const QLocale locale;
    auto add = [&](qint64 id, const QString& title, const QDate& date, const QString& why) {
        QString line = date.isValid() ? tr("%1 (%2)").arg(title, locale.toString(date, QLocale::ShortFormat)) : title;
        if (!why.isEmpty())
            line += QLatin1Char('\n') + why;
        auto* item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, id);
    };
    QSet<qint64> listed;
    for (const KeptByCandidate& c : KeptByCandidates::find(library, toezegging)) {
        add(c.letterId, c.title, c.date, tr("Proposed: %1").arg(c.reasons.join(QLatin1String("; "))));
        listed.insert(c.letterId);
    }
    const QString number = toezegging.dossier.section(QLatin1Char('-'), 0, 0);
    if (!number.isEmpty())
        for (const LetterRecord& letter : library.letters(number))
            if (!listed.contains(letter.id) && letter.id != toezegging.letterId)
                add(letter.id, letter.displayTitle(), letter.metadata.date, QString());
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Mark Kept"));
    m_ok->setEnabled(m_list->currentItem() != nullptr);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] { m_ok->setEnabled(m_list->currentItem()); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

qint64 KeptByDialog::selectedLetter() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

} // namespace kl

#include "DeadlineDialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace kl {

DeadlineDialog::DeadlineDialog(const QDate& due, const QString& phrase, QWidget* parent)
    : QDialog(parent)
    , m_date(new QDateEdit(due.isValid() ? due : QDate::currentDate().addMonths(3), this))
    , m_none(new QCheckBox(tr("No deadline"), this))
{
    setWindowTitle(tr("Toezegging Deadline"));
    auto* form = new QFormLayout(this);
    if (!phrase.isEmpty())
        form->addRow(tr("As written:"), new QLabel(tr("“%1”").arg(phrase), this));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Deadline"));
    form->addRow(tr("&Deadline:"), m_date);
    m_none->setChecked(!due.isValid());
    m_date->setEnabled(due.isValid());
    connect(m_none, &QCheckBox::toggled, m_date, [this](bool none) { m_date->setEnabled(!none); });
    form->addRow(QString(), m_none);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QDate DeadlineDialog::due() const
{
    return m_none->isChecked() ? QDate() : m_date->date();
}

} // namespace kl

#include "LetterDetailsDialog.h"

#include "document/KindNames.h"
#include "library/FollowedDossiers.h"
#include "metadata/DocumentKind.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kl {

LetterDetailsDialog::LetterDetailsDialog(const DocumentMetadata& metadata, QWidget* parent)
    : QDialog(parent)
    , m_original(metadata)
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_dossier(new QLineEdit(this))
    , m_number(new QLineEdit(this))
    , m_hasDate(new QCheckBox(tr("Dated"), this))
    , m_date(new QDateEdit(this))
    , m_sender(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Edit Details"));
    m_title->setText(metadata.title);
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    for (const QString& kind : DocumentKind::all())
        m_kind->addItem(KindNames::label(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(metadata.kind)));
    if (!metadata.dossiers.isEmpty())
        m_dossier->setText(metadata.dossiers.first().display());
    m_dossier->setPlaceholderText(tr("19637, or 36600 VI"));
    m_number->setText(metadata.ondernummer);
    m_number->setPlaceholderText(tr("3274, or 104c"));
    m_hasDate->setChecked(metadata.date.isValid());
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDate(metadata.date.isValid() ? metadata.date : QDate::currentDate());
    m_date->setEnabled(metadata.date.isValid());
    m_sender->setText(metadata.sender);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("D&ossier:"), m_dossier);
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("D&ate:"), dateRow);
    form->addRow(tr("&Sender:"), m_sender);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_dossier, &QLineEdit::textChanged, this, &LetterDetailsDialog::validate);
    connect(m_number, &QLineEdit::textChanged, this, &LetterDetailsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void LetterDetailsDialog::validate()
{
    QString problem;
    const QString dossier = m_dossier->text().trimmed();
    if (!dossier.isEmpty() && !FollowedDossiers::parse(dossier))
        problem = tr("“%1” is not a dossier number: write it as 19637 or 36600 VI.").arg(dossier);
    else if (dossier.isEmpty() && !m_number->text().trimmed().isEmpty())
        problem = tr("A number belongs to a dossier: give the dossier too.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

DocumentMetadata LetterDetailsDialog::metadata() const
{
    DocumentMetadata m = m_original;
    const QString title = m_title->text().simplified();
    if (title != m_original.title) {
        m.title = title;
        m.readableTitle.clear(); // the user's title is shown as written
    }
    m.kind = m_kind->currentData().toString();
    const std::optional<Dossier> dossier = FollowedDossiers::parse(m_dossier->text());
    if (!dossier) {
        m.dossiers.clear();
    } else if (m.dossiers.isEmpty() || !(m.dossiers.first() == *dossier)) {
        m.dossiers = {*dossier};
    }
    m.ondernummer = m_number->text().trimmed();
    m.date = m_hasDate->isChecked() ? m_date->date() : QDate();
    m.sender = m_sender->text().simplified();
    return m;
}

} // namespace kl

#include "PreferencesDialog.h"

#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace kl {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    // The languages are named in their own language, as every program does, so that anyone can find theirs.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setAccessibleName(tr("Language of the interface"));
    const int index = m_language->findData(Translations::preferredLanguage());
    m_language->setCurrentIndex(index < 0 ? 0 : index);

    auto* group = new QGroupBox(tr("Interface"), this);
    auto* form = new QFormLayout(group);
    form->addRow(tr("&Language:"), m_language);
    auto* note = new QLabel(tr("The language changes the next time Kamerlezer starts."), group);
    note->setWordWrap(true);
    form->addRow(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::apply()
{
    Translations::setPreferredLanguage(m_language->currentData().toString());
}

} // namespace kl

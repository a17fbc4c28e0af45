#include "ColorMeaningDialog.h"

#include "AnnotationController.h"
#include "annotations/AnnotationColor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kl {

ColorMeaningDialog::ColorMeaningDialog(AnnotationController* controller, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Colour Meanings"));
    setAccessibleName(tr("Colour meanings"));
    auto* intro = new QLabel(tr("What does each highlight colour mean to you?"), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    for (const QString& color : AnnotationColor::paletteNames()) {
        auto* edit = new QLineEdit(controller->colorMeaning(color), this);
        edit->setAccessibleName(tr("Meaning of %1").arg(AnnotationController::colorName(color)));
        edit->setPlaceholderText(tr("e.g. important"));
        auto* label = new QLabel(AnnotationController::colorName(color), this);
        label->setBuddy(edit);
        auto* swatch = new QLabel(this);
        swatch->setPixmap(AnnotationController::swatch(color).pixmap(16, 16));
        auto* row = new QWidget(this);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(swatch);
        rowLayout->addWidget(label);
        form->addRow(row, edit);
        m_editors.insert(color, edit);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ColorMeaningDialog::apply()
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        if (it.value()->text().trimmed() != m_controller->colorMeaning(it.key()))
            m_controller->setColorMeaning(it.key(), it.value()->text());
}

} // namespace kl

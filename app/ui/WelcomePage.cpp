#include "WelcomePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kl {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("No document open"));
    auto* title = new QLabel(tr("No document open"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    auto* hint = new QLabel(tr("Open a document from the dossier tree, search the library with Ctrl+Shift+F, or "
                               "import files with File → Import Files… (Ctrl+O) or by dropping them here."),
                            this);
    hint->setWordWrap(true);
    // At most a comfortable line, narrower when the window is: a fixed width made the window too wide for a laptop.
    hint->setMaximumWidth(460);
    hint->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    for (QLabel* label : {title, hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    // Centred by stretches, not by alignment: an aligned label gets its one-line height, not the wrapped one.
    auto* hintRow = new QHBoxLayout;
    hintRow->addStretch(1);
    hintRow->addWidget(hint, 10);
    hintRow->addStretch(1);
    layout->addLayout(hintRow);
    layout->addStretch();
}

} // namespace kl

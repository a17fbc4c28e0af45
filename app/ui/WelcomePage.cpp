#include "WelcomePage.h"

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
    // A wrapped label in a centred layout gets its one-line height: give it the height its text needs.
    hint->setFixedWidth(460);
    hint->setMinimumHeight(hint->heightForWidth(460));
    for (QLabel* label : {title, hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(hint, 0, Qt::AlignHCenter);
    layout->addStretch();
}

} // namespace kl

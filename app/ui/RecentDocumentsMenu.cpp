#include "RecentDocumentsMenu.h"

#include "ReadingPlaces.h"
#include "TextWrap.h"
#include "library/Library.h"

namespace kl {

RecentDocumentsMenu::RecentDocumentsMenu(Library* library, ReadingPlaces* places, QWidget* parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_library(library)
    , m_places(places)
{
    setObjectName(QStringLiteral("recentDocumentsMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentDocumentsMenu::refill);
    refill();
}

void RecentDocumentsMenu::refill()
{
    clear();
    int shown = 0;
    // A few more than are shown: some may have been removed from the library since.
    for (qint64 id : m_places->recent(kShown * 2)) {
        if (shown == kShown)
            break;
        const std::optional<LetterRecord> letter = m_library->letter(id);
        if (!letter)
            continue;
        ++shown;
        const QString citation = letter->metadata.citation();
        QString text = TextWrap::shortened(letter->displayTitle(), 70);
        // "&1" … "&9", "1&0": a key for each, as in Okular's list.
        const QString number = shown < 10 ? QStringLiteral("&%1").arg(shown) : QStringLiteral("1&0");
        QAction* a = addAction(tr("%1  %2").arg(number, text.replace(QLatin1Char('&'), QStringLiteral("&&"))));
        a->setToolTip(citation.isEmpty() ? letter->displayTitle() : citation);
        a->setStatusTip(a->toolTip());
        connect(a, &QAction::triggered, this, [this, id] { Q_EMIT letterChosen(id); });
    }
    if (shown == 0) {
        addAction(tr("No recent documents"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("&Clear List"), this, [this] {
        m_places->clearRecent();
        refill();
    });
}

} // namespace kl

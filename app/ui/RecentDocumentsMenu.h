#pragma once

#include <QMenu>

namespace kl {

class Library;
class ReadingPlaces;

// File → Open Recent: the documents read last in this library, newest first, filled each time it opens (a
// document removed from the library is left out).
class RecentDocumentsMenu : public QMenu {
    Q_OBJECT
public:
    RecentDocumentsMenu(Library* library, ReadingPlaces* places, QWidget* parent = nullptr);

    static constexpr int kShown = 10;
    // Fills the menu as it would show now (also for tests).
    void refill();

Q_SIGNALS:
    void letterChosen(qint64 letterId);

private:
    Library* m_library;
    ReadingPlaces* m_places;
};

} // namespace kl

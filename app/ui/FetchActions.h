#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace kl {

class DossierPanel;
class FetchStatus;

// The ways documents come from the official sources: Fetch Documents (ids, document numbers, pasted addresses),
// Follow Dossier, and Check for New Documents (F5); the dossier tree's menu follows and unfollows. The work runs
// in FetchStatus, in the background.
class FetchActions : public QObject {
    Q_OBJECT
public:
    FetchActions(QWidget* window, FetchStatus* status, DossierPanel* dossiers);
    void addTo(QMenu* fileMenu);

    void fetchDialog();
    void followDialog();
    QAction* checkAction() const { return m_check; }

private:
    void follow(const QString& text);

    QWidget* m_window;
    FetchStatus* m_status;
    QAction* m_check;
};

} // namespace kl

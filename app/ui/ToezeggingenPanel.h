#pragma once

#include <QWidget>

class QComboBox;
class QSortFilterProxyModel;
class QAction;
class QTreeView;

namespace kl {

class Library;
class LibrarySession;
class ToezeggingModel;
struct Toezegging;

// The Toezeggingen dock: the commitments of a dossier or of the whole library, open ones first by deadline,
// filtered by state (open, due soon, overdue, kept, all). Each is one double-click from its sentence in the letter
// (or its debate at the Tweede Kamer); it is marked kept by a letter Kamerlezer proposes, given a deadline or a
// status, or dismissed as a false detection, each one undoable step of the session.
class ToezeggingenPanel : public QWidget {
    Q_OBJECT
public:
    ToezeggingenPanel(LibrarySession& session, QWidget* parent = nullptr);

    ToezeggingModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    // "19637"; empty for every dossier. Kept while the user does not choose another.
    void setDossier(const QString& dossier);
    QString dossier() const;
    void selectToezegging(qint64 id);
    // Selects it, showing its dossier and every state first when the filters hide it.
    void showToezegging(qint64 id);

    // On the current one; false when none is chosen or the step failed.
    bool openCurrent();
    bool markCurrentKept(); // asks which letter (KeptByDialog)
    bool markCurrentKeptBy(qint64 letterId);
    bool editCurrentDeadline();
    bool dismissCurrent();
    const Toezegging* current() const;

Q_SIGNALS:
    void passageRequested(qint64 letterId, qint64 renditionId, qsizetype start, qsizetype end);
    void message(const QString& text);

private:
    void fillDossiers();
    void contextMenu(const QPoint& pos);
    void updateButtons();
    void setCurrentStatus(int status);
    bool done(bool ok, const QString& what);

    LibrarySession& m_session;
    Library& m_library;
    ToezeggingModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_dossier;
    QComboBox* m_show;
    QTreeView* m_view;
    QAction* m_kept = nullptr;
    QAction* m_deadline = nullptr;
    QAction* m_dismiss = nullptr;
};

} // namespace kl

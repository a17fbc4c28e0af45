#pragma once

#include "search/SearchQuery.h"

#include <QElapsedTimer>
#include <QModelIndex>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace kl {

class Library;
class LibrarySession;
struct LibraryChange;
class SearchEngine;
class SearchResultsModel;

// The search panel, meant for a dock: a query box that searches while the user types (after a short pause),
// filters that can be shown or hidden, a status line, named saved searches, and the results per letter.
//
// Opening a result emits exactly one signal:
// - openRequested for a hit in a letter's text: open `letterId` in rendition `renditionId`, show `page` and mark
//   the passage [`start`, `end`) of that rendition's text; `queryText` is what the user searched for, so the
//   reader can also mark the words (e.g. in its find bar).
// - noteRequested for a hit in one of the user's notes: open `letterId` and show annotation `annotationId`.
// Results open on a click, a double-click or Enter on a hit; Enter on a letter row or in the query box opens the
// best hit. Down in the query box moves into the results, Up on the first result moves back.
//
// The query runs on the UI thread (FTS5 answers in milliseconds) and never twice for the same query and filters.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(LibrarySession& session, QWidget* parent = nullptr);
    ~SearchPanel() override;

    // The query and filters as they are in the panel now.
    SearchQuery query() const;
    // Puts a query and its filters in the panel and searches at once (shows the filters when any is set).
    void setQuery(const SearchQuery& query);
    // Focuses the query box with its text selected, for a "Find in library" shortcut.
    void focusQuery();
    // Runs the search now if the query or filters changed since the last run (the debounce timer calls this).
    void searchNow();

    bool filtersVisible() const;
    void setFiltersVisible(bool visible);

    // Saves the panel's query and filters under `name` (replacing one of that name) and selects it in the saved
    // searches list. Returns its id, 0 on failure. The "Save search…" button asks for the name, then calls this.
    qint64 saveSearch(const QString& name);
    // Puts a saved search in the panel and runs it. False when there is no such saved search.
    bool restoreSavedSearch(qint64 id);
    // Deletes a saved search; the delete button asks first, then calls this.
    bool removeSavedSearch(qint64 id);

    // Widgets and state, for tests and for the main window's focus handling.
    QLineEdit* queryEdit() const { return m_query; }
    QTreeView* resultsView() const { return m_results; }
    SearchResultsModel* model() const { return m_model; }
    QComboBox* dossierCombo() const { return m_dossier; }
    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* yearCombo() const { return m_year; }
    QComboBox* savedCombo() const { return m_saved; }
    QCheckBox* onlyNotesBox() const { return m_onlyNotes; }
    QCheckBox* anyDateBox() const { return m_anyDate; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLineEdit* senderEdit() const { return m_sender; }
    QString statusText() const;
    // How many searches actually ran: shows that typing and undoing a letter does not search again.
    int searchesRun() const { return m_searchesRun; }

Q_SIGNALS:
    void openRequested(qint64 letterId, qint64 renditionId, int page, qsizetype start, qsizetype end,
                       const QString& queryText);
    void noteRequested(qint64 letterId, qint64 annotationId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilters(QWidget* box);
    void fillDossiers();
    void fillFacets();
    void fillSavedSearches(qint64 selectId = 0);
    void queryEdited();
    void libraryChanged(const LibraryChange& change);
    void askSaveSearch();
    void askRemoveSavedSearch();
    void openIndex(const QModelIndex& index);
    void openFirstHit();
    void clicked(const QModelIndex& index);
    void activated(const QModelIndex& index);
    void updateStatus(const QString& error);
    bool filtersActive() const;

    Library& m_library;
    SearchEngine* m_engine;
    LibrarySession& m_session;
    SearchResultsModel* m_model;

    QLineEdit* m_query;
    QToolButton* m_filterToggle;
    QWidget* m_filterBox;
    QComboBox* m_dossier;
    QComboBox* m_kind;
    QComboBox* m_year;
    QCheckBox* m_anyDate;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_sender;
    QCheckBox* m_onlyNotes;
    QComboBox* m_saved;
    QToolButton* m_saveButton;
    QToolButton* m_removeButton;
    QLabel* m_status;
    QTreeView* m_results;

    QTimer m_debounce;
    bool m_ranOnce = false;
    SearchQuery m_lastRun; // what the results show, to skip a search that would give the same
    int m_searchesRun = 0;
    bool m_restoring = false; // filling widgets from a saved search: one search at the end, not one per widget
    // A double-click is a click and then an activation; the second must not open the hit again.
    QPersistentModelIndex m_lastClicked;
    QElapsedTimer m_sinceClick;
};

} // namespace kl

#include "SearchPanel.h"

#include "ElidedComboBox.h"
#include "SearchResultsModel.h"
#include "SnippetDelegate.h"
#include "document/KindNames.h"
#include "library/Library.h"
#include "search/SavedSearchStore.h"
#include "search/SearchEngine.h"
#include "session/LibrarySession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace kl {

namespace {
// Enough for a reading list; a search that finds more wants narrowing, and the status says there may be more.
constexpr int kLimit = 200;
constexpr int kDebounceMs = 250;

bool sameQuery(const SearchQuery& a, const SearchQuery& b)
{
    return a.text == b.text && a.dossier == b.dossier && a.kind == b.kind && a.vergaderjaar == b.vergaderjaar &&
           a.from == b.from && a.to == b.to && a.sender == b.sender && a.onlyNotes == b.onlyNotes &&
           a.includeNotes == b.includeNotes;
}

// Selects the combo item whose data is `value`, adding it when the library does not have it (a saved search
// may name a dossier that is not, or no longer, in the library: it must still be restored as it was saved).
void selectData(QComboBox* combo, const QString& value)
{
    int i = combo->findData(value);
    if (i < 0) {
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}
} // namespace

SearchPanel::SearchPanel(LibrarySession& session, QWidget* parent)
    : QWidget(parent)
    , m_library(session.library())
    , m_engine(new SearchEngine(session.library()))
    , m_session(session)
    , m_model(new SearchResultsModel(&session.library(), this))
    , m_query(new QLineEdit(this))
    , m_filterToggle(new QToolButton(this))
    , m_filterBox(new QFrame(this))
    , m_dossier(new ElidedComboBox(12, this))
    , m_kind(new ElidedComboBox(10, this))
    , m_year(new ElidedComboBox(10, this))
    , m_anyDate(new QCheckBox(tr("Any date"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_sender(new QLineEdit(this))
    , m_onlyNotes(new QCheckBox(tr("Only in my notes"), this))
    , m_saved(new ElidedComboBox(10, this))
    , m_saveButton(new QToolButton(this))
    , m_removeButton(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_results(new QTreeView(this))
{
    m_query->setPlaceholderText(tr("Search letters and notes…"));
    m_query->setAccessibleName(tr("Search"));
    m_query->setToolTip(tr("Words, \"exact phrases\", prefixes like migra*, and AND, OR, NOT. Accents do not "
                           "matter."));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);

    m_filterToggle->setText(tr("Filters"));
    m_filterToggle->setAccessibleName(tr("Show filters"));
    m_filterToggle->setToolTip(tr("Show or hide the filters"));
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_filterToggle->setArrowType(Qt::RightArrow);

    auto* queryRow = new QHBoxLayout;
    queryRow->setSpacing(4);
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_filterToggle);

    buildFilters(m_filterBox);
    m_filterBox->setVisible(false);

    m_saved->setAccessibleName(tr("Saved searches"));
    m_saved->setToolTip(tr("Run a saved search"));
    m_saveButton->setText(tr("Save…"));
    m_saveButton->setAccessibleName(tr("Save search"));
    m_saveButton->setToolTip(tr("Save…: save this search and its filters under a name"));
    m_removeButton->setText(tr("Delete"));
    m_removeButton->setAccessibleName(tr("Delete saved search"));
    m_removeButton->setToolTip(tr("Delete: delete the selected saved search"));
    // Icons beside the saved searches, the words in their tooltips: with words the row made the dock too wide.
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_removeButton->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    for (QToolButton* button : {m_saveButton, m_removeButton})
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    auto* savedRow = new QHBoxLayout;
    savedRow->setSpacing(4);
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_saveButton);
    savedRow->addWidget(m_removeButton);

    m_status->setAccessibleName(tr("Search status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setContentsMargins(2, 0, 2, 0);

    m_results->setModel(m_model);
    m_results->setItemDelegate(new SnippetDelegate(m_results));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setHeaderHidden(true);
    // Letters are headings with their hits under them: always open, so no expand arrows to fiddle with.
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setExpandsOnDoubleClick(false);
    m_results->setIndentation(14);
    m_results->setUniformRowHeights(false);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setMouseTracking(true);
    m_results->installEventFilter(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(queryRow);
    layout->addWidget(m_filterBox);
    layout->addLayout(savedRow);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    setFocusProxy(m_query);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPanel::searchNow);
    connect(m_query, &QLineEdit::textEdited, this, &SearchPanel::queryEdited);
    connect(m_query, &QLineEdit::textChanged, this, [this] {
        if (!m_restoring)
            m_debounce.start();
    });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        searchNow();
        openFirstHit();
    });
    connect(m_filterToggle, &QToolButton::toggled, this, &SearchPanel::setFiltersVisible);
    connect(m_model, &QAbstractItemModel::modelReset, m_results, &QTreeView::expandAll);
    connect(m_results, &QTreeView::clicked, this, &SearchPanel::clicked);
    connect(m_results, &QTreeView::activated, this, &SearchPanel::activated);
    connect(m_saved, &QComboBox::activated, this, [this](int i) {
        const qint64 id = m_saved->itemData(i).toLongLong();
        if (id)
            restoreSavedSearch(id);
        m_removeButton->setEnabled(id != 0);
    });
    connect(m_saveButton, &QToolButton::clicked, this, &SearchPanel::askSaveSearch);
    connect(m_removeButton, &QToolButton::clicked, this, &SearchPanel::askRemoveSavedSearch);
    connect(&m_library, &Library::changed, this, &SearchPanel::libraryChanged);

    fillDossiers();
    fillFacets();
    fillSavedSearches();
    updateStatus(QString());
}

SearchPanel::~SearchPanel()
{
    delete m_engine;
}

void SearchPanel::buildFilters(QWidget* box)
{
    auto* frame = static_cast<QFrame*>(box);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAccessibleName(tr("Search filters"));

    m_dossier->setAccessibleName(tr("Dossier"));
    m_kind->setAccessibleName(tr("Kind of document"));
    m_year->setAccessibleName(tr("Parliamentary year"));

    m_sender->setAccessibleName(tr("Sender"));
    m_sender->setPlaceholderText(tr("Part of the sender, e.g. minister"));
    m_sender->setClearButtonEnabled(true);
    m_anyDate->setAccessibleName(tr("Any date"));
    m_anyDate->setChecked(true);
    m_onlyNotes->setAccessibleName(tr("Only in my notes"));
    m_onlyNotes->setToolTip(tr("Search the notes you wrote, not the letters' text"));
    const QDate today = QDate::currentDate(); // until the library says which dates it holds
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        edit->setEnabled(false); // until "Any date" is unticked
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_from->setDate(today.addYears(-1));
    m_to->setDate(today);

    // "Any date" above the range, not beside it: side by side they made the dock too wide for a laptop.
    auto* dates = new QHBoxLayout;
    dates->setSpacing(4);
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(QStringLiteral("–"), box));
    dates->addWidget(m_to, 1);

    auto* form = new QFormLayout(box);
    form->setContentsMargins(6, 6, 6, 6);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock a field goes under its label rather than making the dock wider.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Dossier:"), m_dossier);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Year:"), m_year);
    auto* dateLabel = new QLabel(tr("Da&te:"), box);
    dateLabel->setBuddy(m_anyDate);
    form->addRow(dateLabel, m_anyDate);
    form->addRow(QString(), dates);
    form->addRow(tr("&Sender:"), m_sender);
    form->addRow(QString(), m_onlyNotes);

    // Every filter change searches again, after the same pause as typing, so flicking through a combo is cheap.
    const auto changed = [this] {
        if (m_restoring)
            return;
        m_saved->setCurrentIndex(0); // the panel no longer shows the saved search
        m_removeButton->setEnabled(false);
        m_debounce.start();
    };
    for (QComboBox* combo : {m_dossier, m_kind, m_year})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_sender, &QLineEdit::textChanged, this, changed);
    connect(m_onlyNotes, &QCheckBox::toggled, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_anyDate, &QCheckBox::toggled, this, [this, changed](bool any) {
        m_from->setEnabled(!any);
        m_to->setEnabled(!any);
        changed();
    });
}

void SearchPanel::fillDossiers()
{
    const QString current = m_dossier->currentData().toString();
    const QSignalBlocker blocker(m_dossier);
    m_dossier->clear();
    m_dossier->addItem(tr("Any dossier"), QString());
    for (const DossierRecord& d : m_library.dossiers()) {
        const QString number = d.dossier.display();
        const QString label = d.dossier.title.isEmpty() ? number : tr("%1 – %2").arg(number, d.dossier.title);
        m_dossier->addItem(label, number);
        m_dossier->setItemData(m_dossier->count() - 1, label, Qt::ToolTipRole);
    }
    if (!current.isEmpty())
        selectData(m_dossier, current);
}

void SearchPanel::fillFacets()
{
    // Kinds and years that occur in the library: a list of every kind there could be would mostly find nothing.
    QSet<QString> kinds, years;
    QDate first, last;
    for (const LetterRecord& l : m_library.letters()) {
        const QDate d = l.metadata.date;
        if (d.isValid()) {
            first = first.isValid() ? std::min(first, d) : d;
            last = last.isValid() ? std::max(last, d) : d;
        }
        if (!l.metadata.kind.isEmpty())
            kinds.insert(l.metadata.kind);
        if (!l.metadata.vergaderjaar.isEmpty())
            years.insert(l.metadata.vergaderjaar);
    }
    const QString kind = m_kind->currentData().toString();
    const QString year = m_year->currentData().toString();
    const QSignalBlocker kb(m_kind), yb(m_year);
    m_kind->clear();
    m_kind->addItem(tr("Any kind"), QString());
    QList<std::pair<QString, QString>> labelled;
    for (const QString& k : kinds)
        labelled.append({KindNames::label(k), k});
    std::sort(labelled.begin(), labelled.end());
    for (const auto& [label, k] : labelled)
        m_kind->addItem(label, k);
    m_year->clear();
    m_year->addItem(tr("Any year"), QString());
    QStringList sortedYears(years.begin(), years.end());
    std::sort(sortedYears.begin(), sortedYears.end(), std::greater<>()); // newest first
    for (const QString& y : sortedYears)
        m_year->addItem(QString(y).replace(QLatin1Char('-'), QStringLiteral("–")), y);
    // While no dates are chosen, the date edits offer the library's own span: the useful place to start from.
    if (m_anyDate->isChecked() && first.isValid()) {
        const QSignalBlocker fb(m_from), tb(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    if (!kind.isEmpty())
        selectData(m_kind, kind);
    if (!year.isEmpty())
        selectData(m_year, year);
}

void SearchPanel::fillSavedSearches(qint64 selectId)
{
    const QSignalBlocker blocker(m_saved);
    m_saved->clear();
    const QList<SavedSearchStore::Saved> all = m_session.savedSearches().all();
    m_saved->addItem(all.isEmpty() ? tr("No saved searches") : tr("Saved searches"), qint64(0));
    for (const SavedSearchStore::Saved& s : all) {
        m_saved->addItem(s.name, s.id);
        m_saved->setItemData(m_saved->count() - 1, s.query.text, Qt::ToolTipRole);
    }
    const int i = selectId ? m_saved->findData(selectId) : 0;
    m_saved->setCurrentIndex(std::max(0, i));
    m_saved->setEnabled(!all.isEmpty());
    m_removeButton->setEnabled(m_saved->currentData().toLongLong() != 0);
}

SearchQuery SearchPanel::query() const
{
    SearchQuery q;
    q.text = m_query->text().trimmed();
    q.dossier = m_dossier->currentData().toString();
    q.kind = m_kind->currentData().toString();
    q.vergaderjaar = m_year->currentData().toString();
    if (!m_anyDate->isChecked()) {
        q.from = m_from->date();
        q.to = m_to->date();
    }
    q.sender = m_sender->text().trimmed();
    q.onlyNotes = m_onlyNotes->isChecked();
    q.includeNotes = true;
    return q;
}

void SearchPanel::setQuery(const SearchQuery& q)
{
    m_restoring = true;
    m_query->setText(q.text);
    selectData(m_dossier, q.dossier);
    selectData(m_kind, q.kind);
    selectData(m_year, q.vergaderjaar);
    m_anyDate->setChecked(!q.from.isValid() && !q.to.isValid());
    // One open end of a range is kept open by the widest date the edit allows.
    m_from->setDate(q.from.isValid() ? q.from : m_from->minimumDate());
    m_to->setDate(q.to.isValid() ? q.to : m_to->maximumDate());
    m_sender->setText(q.sender);
    m_onlyNotes->setChecked(q.onlyNotes);
    m_restoring = false;
    if (filtersActive())
        setFiltersVisible(true);
    m_debounce.stop();
    searchNow();
}

void SearchPanel::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

bool SearchPanel::filtersActive() const
{
    const SearchQuery q = query();
    return !q.dossier.isEmpty() || !q.kind.isEmpty() || !q.vergaderjaar.isEmpty() || q.from.isValid() ||
           q.to.isValid() || !q.sender.isEmpty() || q.onlyNotes;
}

bool SearchPanel::filtersVisible() const
{
    return !m_filterBox->isHidden();
}

void SearchPanel::setFiltersVisible(bool visible)
{
    m_filterBox->setVisible(visible);
    const QSignalBlocker blocker(m_filterToggle);
    m_filterToggle->setChecked(visible);
    m_filterToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_filterToggle->setAccessibleName(visible ? tr("Hide filters") : tr("Show filters"));
}

void SearchPanel::queryEdited()
{
    // The user is typing: the panel no longer shows the saved search that was picked.
    if (m_saved->currentIndex() != 0) {
        const QSignalBlocker blocker(m_saved);
        m_saved->setCurrentIndex(0);
        m_removeButton->setEnabled(false);
    }
}

void SearchPanel::libraryChanged(const LibraryChange& change)
{
    if (change.touches(LibraryChange::SavedSearches))
        fillSavedSearches(m_saved->currentData().toLongLong());
    if (!change.touches(LibraryChange::Letters) && !change.touches(LibraryChange::Annotations))
        return;
    if (change.touches(LibraryChange::Letters)) {
        fillDossiers();
        fillFacets();
    }
    m_ranOnce = false; // same query, other letters or notes: the results may differ
    if (!m_query->text().trimmed().isEmpty())
        m_debounce.start();
}

void SearchPanel::searchNow()
{
    m_debounce.stop();
    const SearchQuery q = query();
    if (m_ranOnce && sameQuery(q, m_lastRun))
        return;
    m_ranOnce = true;
    m_lastRun = q;
    QString error;
    if (q.text.isEmpty()) {
        m_model->clear();
    } else {
        ++m_searchesRun;
        m_model->setHits(m_engine->search(q, kLimit, &error));
    }
    updateStatus(error);
}

void SearchPanel::updateStatus(const QString& error)
{
    if (!error.isEmpty()) {
        QString reason = error;
        reason.remove(QRegularExpression(QStringLiteral("^fts5: ")));
        m_status->setText(tr("This search cannot be read (%1). Check the quotation marks and brackets.").arg(reason));
    } else if (m_lastRun.text.isEmpty()) {
        m_status->setText(tr("Type to search the text of every letter and your notes."));
    } else if (m_model->hitCount() == 0) {
        m_status->setText(filtersActive() ? tr("No hits with these filters.") : tr("No hits."));
    } else {
        // One/other strings rather than "%n hit(s)": Dutch and English share that plural rule, and the panel
        // reads well even before a translation is loaded.
        const int hits = m_model->hitCount(), letters = m_model->letterCount();
        const QString counts = tr("%1 in %2", "12 hits in 5 letters")
                                   .arg(hits == 1 ? tr("1 hit") : tr("%1 hits").arg(hits),
                                        letters == 1 ? tr("1 letter") : tr("%1 letters").arg(letters));
        m_status->setText(m_model->hitCount() >= kLimit ? tr("The best %1").arg(counts) : counts);
    }
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

qint64 SearchPanel::saveSearch(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return 0;
    const qint64 id = m_session.saveSearch(trimmed, query()).valueOr(0);
    if (id)
        fillSavedSearches(id);
    return id;
}

bool SearchPanel::restoreSavedSearch(qint64 id)
{
    for (const SavedSearchStore::Saved& s : m_session.savedSearches().all()) {
        if (s.id != id)
            continue;
        setQuery(s.query);
        const QSignalBlocker blocker(m_saved);
        m_saved->setCurrentIndex(std::max(0, m_saved->findData(id)));
        m_removeButton->setEnabled(true);
        return true;
    }
    return false;
}

bool SearchPanel::removeSavedSearch(qint64 id)
{
    if (!m_session.removeSavedSearch(id))
        return false;
    fillSavedSearches();
    return true;
}

void SearchPanel::askSaveSearch()
{
    bool ok = false;
    const QString current = m_saved->currentData().toLongLong() ? m_saved->currentText() : m_query->text().trimmed();
    const QString name =
        QInputDialog::getText(this, tr("Save Search"), tr("Name of this search:"), QLineEdit::Normal, current, &ok);
    if (ok && !saveSearch(name) && !name.trimmed().isEmpty())
        QMessageBox::warning(this, tr("Save Search"), tr("The search could not be saved in the library."));
}

void SearchPanel::askRemoveSavedSearch()
{
    const qint64 id = m_saved->currentData().toLongLong();
    if (!id)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Saved Search"),
        tr("Delete the saved search \"%1\"? The letters and notes stay.").arg(m_saved->currentText()));
    if (answer == QMessageBox::Yes)
        removeSavedSearch(id);
}

void SearchPanel::openIndex(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    QModelIndex hit = index;
    // A letter row stands for its best hit.
    if (index.data(SearchResultsModel::RowKindRole).toInt() == SearchResultsModel::LetterRow)
        hit = m_model->index(0, 0, index);
    if (!hit.isValid())
        return;
    const qint64 letterId = hit.data(SearchResultsModel::LetterIdRole).toLongLong();
    if (hit.data(SearchResultsModel::IsNoteRole).toBool()) {
        Q_EMIT noteRequested(letterId, hit.data(SearchResultsModel::AnnotationIdRole).toLongLong());
        return;
    }
    Q_EMIT openRequested(letterId, hit.data(SearchResultsModel::RenditionIdRole).toLongLong(),
                         hit.data(SearchResultsModel::PageRole).toInt(),
                         qsizetype(hit.data(SearchResultsModel::StartRole).toLongLong()),
                         qsizetype(hit.data(SearchResultsModel::EndRole).toLongLong()), m_lastRun.text);
}

void SearchPanel::openFirstHit()
{
    const QModelIndex first = m_model->firstHit();
    if (!first.isValid())
        return;
    m_results->setCurrentIndex(first);
    openIndex(first);
}

void SearchPanel::clicked(const QModelIndex& index)
{
    // A single click opens a hit (a search list is for jumping); on a letter row it only selects.
    if (index.data(SearchResultsModel::RowKindRole).toInt() != SearchResultsModel::HitRow)
        return;
    m_lastClicked = index;
    m_sinceClick.start();
    openIndex(index);
}

void SearchPanel::activated(const QModelIndex& index)
{
    // The activation that follows a click (double-click, or single-click activation styles) opened already.
    if (index == m_lastClicked && m_sinceClick.isValid() &&
        m_sinceClick.elapsed() < 2 * QApplication::doubleClickInterval())
        return;
    openIndex(index);
}

bool SearchPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_query && key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            searchNow(); // results for what is typed, not for what was typed 200 ms ago
            const QModelIndex first = m_model->firstHit().isValid() ? m_model->firstHit() : m_model->index(0, 0);
            m_results->setFocus(Qt::TabFocusReason);
            m_results->setCurrentIndex(first);
            return true;
        }
        if (watched == m_results && key->key() == Qt::Key_Up &&
            m_results->indexAbove(m_results->currentIndex()) == QModelIndex()) {
            m_query->setFocus(Qt::BacktabFocusReason);
            return true;
        }
        if (watched == m_results && key->key() == Qt::Key_Escape) {
            m_query->setFocus(Qt::BacktabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kl

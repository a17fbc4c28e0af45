#include "DossierPanel.h"

#include "library/Library.h"

#include "Translations.h"

#include "DossierTreeModel.h"
#include "document/KindNames.h"
#include "library/LetterRecord.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace kl {

DossierPanel::DossierPanel(Library* library, QWidget* parent)
    : QWidget(parent)
    , m_library(library)
    , m_model(new DossierTreeModel(library, this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_counts(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Filter dossiers and documents"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Dossiers and documents"));
    m_view->setUniformRowHeights(true); // keeps scrolling through thousands of rows cheap
    m_view->setAlternatingRowColors(true);
    // Packs and exports act on the letters chosen here: Ctrl+click and Shift+click choose several.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DossierTreeModel::TitleColumn, QHeaderView::Stretch);
    // Fixed, modest widths: sized to contents, a long kind name would squeeze the titles out of sight. The kind
    // column shows the short names ("royal msg.", the whole name in the tooltip) and is as wide as the longest.
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->header()->setSectionResizeMode(DossierTreeModel::KindColumn, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(DossierTreeModel::DateColumn, QHeaderView::Interactive);
    int kindWidth = 0;
    for (const QString& kind : KindNames::kinds())
        kindWidth = qMax(kindWidth, m_view->fontMetrics().horizontalAdvance(KindNames::brief(kind)));
    m_view->header()->resizeSection(DossierTreeModel::KindColumn, kindWidth + em);
    // As wide as the longest date in the interface's language ("28 September 2024").
    m_view->header()->resizeSection(
        DossierTreeModel::DateColumn,
        m_view->fontMetrics().horizontalAdvance(Translations::longDate(QDate(2024, 9, 28))) + em);
    m_view->header()->setSectionResizeMode(DossierTreeModel::AnnotationsColumn, QHeaderView::Interactive);
    // The count columns are narrow, but wide enough for their headers in every language ("Notities").
    const auto countWidth = [this, em](int column, int width) {
        const QString header = m_view->model()->headerData(column, Qt::Horizontal).toString();
        return qMax(width, m_view->header()->fontMetrics().horizontalAdvance(header) + em);
    };
    m_view->header()->resizeSection(DossierTreeModel::AnnotationsColumn,
                                    countWidth(DossierTreeModel::AnnotationsColumn, 4 * em));
    m_view->header()->setSectionResizeMode(DossierTreeModel::CitedByColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(DossierTreeModel::CitedByColumn,
                                    countWidth(DossierTreeModel::CitedByColumn, 5 * em));
    m_counts->setAccessibleName(tr("Counts"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_counts);

    // Filtering reads the whole library: wait until the typing pauses.
    auto* filterTimer = new QTimer(this);
    filterTimer->setSingleShot(true);
    filterTimer->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, filterTimer, qOverload<>(&QTimer::start));
    connect(filterTimer, &QTimer::timeout, this, [this] {
        m_model->setFilter(m_filter->text());
        if (!m_model->filter().isEmpty())
            m_view->expandAll();
    });

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &DossierPanel::rememberExpanded);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DossierPanel::restoreExpanded);
    connect(m_model, &DossierTreeModel::countsChanged, this, &DossierPanel::updateCounts);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(DossierTreeModel::LetterIdRole).toLongLong();
        if (id)
            Q_EMIT letterActivated(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& index) {
        const qint64 id = index.data(DossierTreeModel::LetterIdRole).toLongLong();
        if (id)
            Q_EMIT letterSelected(id);
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DossierPanel::showContextMenu);
    m_view->viewport()->installEventFilter(this);
    restoreExpanded();
    updateCounts();
}

bool DossierPanel::eventFilter(QObject* watched, QEvent* event)
{
    // The tree's own width, not the panel's: the panel is resized before its layout has placed the tree.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void DossierPanel::fitColumns()
{
    QHeaderView* header = m_view->header();
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // A hidden section's size reads as 0: its width from before it was hidden is what it needs to come back.
    const auto width = [this, header](int column) {
        if (!header->isSectionHidden(column))
            m_columnWidths[column] = header->sectionSize(column);
        return m_columnWidths.value(column);
    };
    const int counts = width(DossierTreeModel::AnnotationsColumn) + width(DossierTreeModel::CitedByColumn);
    const int kind = width(DossierTreeModel::KindColumn);
    const int date = width(DossierTreeModel::DateColumn);
    // Room for about twenty characters of a title: the counts give way first, then the date (the Details dock
    // has it); they come back when the dock is wider.
    const int room = m_view->viewport()->width() - m_view->indentation() - 14 * em;
    header->setSectionHidden(DossierTreeModel::AnnotationsColumn, room < kind + date + counts);
    header->setSectionHidden(DossierTreeModel::CitedByColumn, room < kind + date + counts);
    header->setSectionHidden(DossierTreeModel::DateColumn, room < kind + date);
}

void DossierPanel::setLetterActions(const QList<QAction*>& actions)
{
    for (QAction* a : std::as_const(m_letterActions))
        m_view->removeAction(a);
    m_letterActions = actions;
    if (actions.isEmpty())
        return;
    // The key works where the user chose the letters: in the tree, not in the reader or the note editor.
    auto* remove = new QAction(actions.last()->text(), m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, actions.last(), &QAction::trigger);
    m_view->addAction(remove);
}

void DossierPanel::showContextMenu(const QPoint& at)
{
    const QModelIndex index = m_view->indexAt(at);
    const QString dossier = index.siblingAtColumn(0).data(DossierTreeModel::DossierNumberRole).toString();
    const bool letter = index.siblingAtColumn(0).data(DossierTreeModel::LetterIdRole).toLongLong() != 0;
    if (dossier.isEmpty() && !letter)
        return;
    QMenu menu(this);
    if (letter) {
        // The letter under the pointer is the one meant, as in a file manager, unless it is part of the selection.
        if (!m_view->selectionModel()->isRowSelected(index.row(), index.parent()))
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        menu.addAction(tr("&Open"), this, [this, index] {
            Q_EMIT letterActivated(index.siblingAtColumn(0).data(DossierTreeModel::LetterIdRole).toLongLong());
        });
        menu.addSeparator();
        menu.addActions(m_letterActions);
        if (dossier.isEmpty()) {
            menu.exec(m_view->viewport()->mapToGlobal(at));
            return;
        }
        menu.addSeparator();
    }
    if (index.siblingAtColumn(0).data(DossierTreeModel::FollowedRole).toBool()) {
        menu.addAction(tr("Check for New Documents"), this, &DossierPanel::checkRequested);
        menu.addAction(tr("Unfollow Dossier %1").arg(dossier), this,
                       [this, dossier] { Q_EMIT unfollowRequested(dossier); });
    } else {
        menu.addAction(tr("Follow Dossier %1").arg(dossier), this,
                       [this, dossier] { Q_EMIT followRequested(dossier); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

void DossierPanel::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void DossierPanel::reveal(const LetterRecord& letter)
{
    const DocumentMetadata& m = letter.metadata;
    const QString key = m.dossiers.isEmpty()
                            ? QStringLiteral("k:%1").arg(m.kind)
                            : QStringLiteral("d:%1:%2").arg(m.dossiers.first().number, m.dossiers.first().addition);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex group = m_model->index(row, 0);
        if (group.data(DossierTreeModel::GroupKeyRole).toString() != key)
            continue;
        if (m_model->canFetchMore(group))
            m_model->fetchMore(group);
        for (int i = 0; i < m_model->rowCount(group); ++i) {
            const QModelIndex item = m_model->index(i, 0, group);
            if (item.data(DossierTreeModel::LetterIdRole).toLongLong() != letter.id)
                continue;
            m_view->expand(group);
            // Selecting is not activating: this must not open anything.
            const QSignalBlocker blocker(m_view->selectionModel());
            m_view->selectionModel()->setCurrentIndex(item,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->viewport()->update();
            m_view->scrollTo(item);
            return;
        }
    }
}

void DossierPanel::rememberExpanded()
{
    // The letter chosen in the tree stays chosen when the tree is read again (an import, a change elsewhere).
    m_selectedLetter = m_view->currentIndex().data(DossierTreeModel::LetterIdRole).toLongLong();
    if (!m_model->filter().isEmpty())
        return; // a filtered tree is opened whole; nothing to remember
    m_expanded.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (m_view->isExpanded(index))
            m_expanded.insert(index.data(DossierTreeModel::GroupKeyRole).toString());
    }
}

void DossierPanel::restoreExpanded()
{
    // A group row has nothing in the other columns: its title ("19637 Vreemdelingenbeleid (144, 3 new)") gets
    // the whole width.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, QModelIndex(), true);
    if (!m_model->filter().isEmpty()) {
        m_view->expandAll();
    } else {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (m_expanded.contains(index.data(DossierTreeModel::GroupKeyRole).toString()))
                m_view->expand(index);
        }
    }
    if (m_selectedLetter)
        if (const std::optional<LetterRecord> letter = m_library->letter(m_selectedLetter))
            reveal(*letter);
}

void DossierPanel::updateCounts()
{
    const int docs = m_model->letterCount();
    const int dossiers = m_model->dossierCount();
    if (m_model->filter().isEmpty())
        m_counts->setText(tr("%n document(s)", "", docs) + tr(" in %n dossier(s)", "", dossiers));
    else
        m_counts->setText(tr("%n matching document(s)", "", docs));
}

} // namespace kl

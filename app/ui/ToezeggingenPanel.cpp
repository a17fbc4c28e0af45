#include "ToezeggingenPanel.h"

#include "DeadlineDialog.h"
#include "KeptByDialog.h"
#include "ToezeggingModel.h"
#include "WrappingDelegate.h"

#include "library/Library.h"
#include "session/LibrarySession.h"
#include "toezeggingen/ToezeggingStore.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace kl {

ToezeggingenPanel::ToezeggingenPanel(LibrarySession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_library(session.library())
    , m_model(new ToezeggingModel(session.library(), session.toezeggingen(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_dossier(new QComboBox(this))
    , m_show(new QComboBox(this))
    , m_view(new QTreeView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    m_dossier->setAccessibleName(tr("Dossier"));
    m_dossier->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dossier->setMinimumContentsLength(6);
    m_dossier->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_dossier->setMinimumWidth(80);
    m_show->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_show->setMinimumContentsLength(5);
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("Open"), int(ToezeggingModel::Show::Open));
    m_show->addItem(tr("Due soon"), int(ToezeggingModel::Show::DueSoon));
    m_show->addItem(tr("Overdue"), int(ToezeggingModel::Show::Overdue));
    m_show->addItem(tr("Kept"), int(ToezeggingModel::Show::Kept));
    m_show->addItem(tr("All"), int(ToezeggingModel::Show::All));
    filters->addWidget(m_dossier, 1);
    filters->addWidget(m_show);
    layout->addLayout(filters);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ToezeggingModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Toezeggingen"));
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ToezeggingModel::Deadline, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    // A dock is narrow: the commitment's words take the room and wrap; where it was made is in its tooltip, and
    // the header's menu shows the other columns.
    m_view->setWordWrap(true);
    m_view->setItemDelegateForColumn(ToezeggingModel::Text, new WrappingDelegate(m_view, ToezeggingModel::Text));
    m_view->setUniformRowHeights(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ToezeggingModel::State, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ToezeggingModel::Deadline, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ToezeggingModel::Text, QHeaderView::Stretch);
    for (int column : {int(ToezeggingModel::Who), int(ToezeggingModel::Where), int(ToezeggingModel::DossierColumn)})
        m_view->setColumnHidden(column, true);
    // Rows are as tall as their wrapped words at the width the column has now.
    connect(m_view->header(), &QHeaderView::sectionResized, m_view, [this](int column) {
        if (column == ToezeggingModel::Text)
            QTimer::singleShot(0, m_view, &QTreeView::doItemsLayout);
    });
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->header(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            QAction* a = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!m_view->isColumnHidden(column));
            a->setEnabled(column != ToezeggingModel::Text);
            connect(a, &QAction::toggled, this, [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        }
        menu.exec(m_view->header()->mapToGlobal(pos));
    });
    layout->addWidget(m_view, 1);

    // A tool bar: where the dock is narrow, what does not fit goes into its extension menu.
    auto* actions = new QToolBar(this);
    actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    actions->setIconSize(QSize(1, 1));
    m_kept = actions->addAction(tr("Mark Kept…"));
    m_kept->setToolTip(tr("Choose the letter that keeps it"));
    m_deadline = actions->addAction(tr("Deadline…"));
    m_deadline->setToolTip(tr("Change the deadline"));
    m_dismiss = actions->addAction(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Not a toezegging: it is not found again"));
    layout->addWidget(actions);

    connect(m_kept, &QAction::triggered, this, &ToezeggingenPanel::markCurrentKept);
    connect(m_deadline, &QAction::triggered, this, &ToezeggingenPanel::editCurrentDeadline);
    connect(m_dismiss, &QAction::triggered, this, &ToezeggingenPanel::dismissCurrent);
    connect(m_view, &QTreeView::doubleClicked, this, &ToezeggingenPanel::openCurrent);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ToezeggingenPanel::contextMenu);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setShow(ToezeggingModel::Show(m_show->currentData().toInt())); });
    connect(m_dossier, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setDossier(m_dossier->currentData().toString()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ToezeggingenPanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ToezeggingenPanel::updateButtons);
    connect(&m_library, &Library::changed, this, [this](const LibraryChange& change) {
        if (change.touches(LibraryChange::Letters))
            fillDossiers();
    });
    fillDossiers();
    updateButtons();
}

void ToezeggingenPanel::fillDossiers()
{
    const QString chosen = m_dossier->currentData().toString();
    const QSignalBlocker block(m_dossier);
    m_dossier->clear();
    m_dossier->addItem(tr("All dossiers"), QString());
    for (const DossierRecord& d : m_library.dossiers()) {
        const QString key =
            d.dossier.addition.isEmpty() ? d.dossier.number : d.dossier.number + QLatin1Char('-') + d.dossier.addition;
        const QString title =
            d.dossier.title.isEmpty() ? d.dossier.display() : tr("%1 %2").arg(d.dossier.display(), d.dossier.title);
        m_dossier->addItem(title, key);
    }
    m_dossier->setCurrentIndex(std::max(0, m_dossier->findData(chosen)));
}

void ToezeggingenPanel::setDossier(const QString& dossier)
{
    const int i = m_dossier->findData(dossier);
    m_dossier->setCurrentIndex(std::max(0, i));
}

QString ToezeggingenPanel::dossier() const
{
    return m_dossier->currentData().toString();
}

void ToezeggingenPanel::selectToezegging(qint64 id)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(id));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void ToezeggingenPanel::showToezegging(qint64 id)
{
    if (!m_model->indexOf(id).isValid())
        m_show->setCurrentIndex(m_show->findData(int(ToezeggingModel::Show::All)));
    if (!m_model->indexOf(id).isValid())
        setDossier(QString());
    selectToezegging(id);
    m_view->scrollTo(m_view->currentIndex());
}

const Toezegging* ToezeggingenPanel::current() const
{
    return m_model->at(m_proxy->mapToSource(m_view->currentIndex()));
}

void ToezeggingenPanel::updateButtons()
{
    const Toezegging* t = current();
    m_kept->setEnabled(t);
    m_deadline->setEnabled(t);
    m_dismiss->setEnabled(t && t->origin != Toezegging::Origin::Registered);
}

bool ToezeggingenPanel::done(bool ok, const QString& what)
{
    if (ok)
        Q_EMIT message(what);
    return ok;
}

bool ToezeggingenPanel::openCurrent()
{
    const Toezegging* t = current();
    if (!t)
        return false;
    if (t->letterId) {
        Q_EMIT passageRequested(t->letterId, t->renditionId, t->anchor.start, t->anchor.end);
        return true;
    }
    // Made in a debate: its page at the Tweede Kamer, where the debate is.
    const QString activity = t->activity.section(QLatin1Char('('), -1).remove(QLatin1Char(')'));
    if (activity.isEmpty())
        return false;
    return QDesktopServices::openUrl(
        QUrl(QStringLiteral("https://www.tweedekamer.nl/debat_en_vergadering/commissievergaderingen/details?id=") +
             activity));
}

bool ToezeggingenPanel::markCurrentKept()
{
    const Toezegging* t = current();
    if (!t)
        return false;
    KeptByDialog dialog(m_library, *t, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedLetter())
        return false;
    return markCurrentKeptBy(dialog.selectedLetter());
}

bool ToezeggingenPanel::markCurrentKeptBy(qint64 letterId)
{
    const Toezegging* t = current();
    if (!t)
        return false;
    return done(m_session.markToezeggingKept(t->id, letterId).ok(), tr("Marked kept."));
}

bool ToezeggingenPanel::editCurrentDeadline()
{
    const Toezegging* t = current();
    if (!t)
        return false;
    DeadlineDialog dialog(t->due, t->deadlinePhrase, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return done(m_session.setToezeggingDeadline(t->id, dialog.due()).ok(), tr("Deadline changed."));
}

bool ToezeggingenPanel::dismissCurrent()
{
    const Toezegging* t = current();
    if (!t)
        return false;
    return done(m_session.dismissToezegging(t->id).ok(), tr("Dismissed: it is not a toezegging."));
}

void ToezeggingenPanel::setCurrentStatus(int status)
{
    if (const Toezegging* t = current())
        done(m_session.setToezeggingStatus(t->id, Toezegging::Status(status)).ok(), tr("Status changed."));
}

void ToezeggingenPanel::contextMenu(const QPoint& pos)
{
    if (!current())
        return;
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, &ToezeggingenPanel::openCurrent);
    menu.addAction(tr("Mark &Kept…"), this, &ToezeggingenPanel::markCurrentKept);
    menu.addAction(tr("&Deadline…"), this, &ToezeggingenPanel::editCurrentDeadline);
    QMenu* status = menu.addMenu(tr("&Status"));
    const std::pair<Toezegging::Status, QString> statuses[] = {{Toezegging::Status::Open, tr("Open")},
                                                               {Toezegging::Status::PartlyKept, tr("Partly kept")},
                                                               {Toezegging::Status::Kept, tr("Kept")},
                                                               {Toezegging::Status::Lapsed, tr("Lapsed")}};
    for (const auto& [value, name] : statuses) {
        QAction* a = status->addAction(name, this, [this, value] { setCurrentStatus(int(value)); });
        a->setCheckable(true);
        a->setChecked(current()->status == value);
    }
    if (current()->origin != Toezegging::Origin::Registered)
        menu.addAction(tr("D&ismiss"), this, &ToezeggingenPanel::dismissCurrent);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace kl

#include "BriefingPackDialog.h"

#include "LastFolder.h"

#include "Translations.h"
#include "export/BriefingPackBuilder.h"
#include "library/Library.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kl {

struct BriefingPackDialog::Build {
    std::atomic_bool cancel = false;
    std::atomic_int current = 0;
    std::atomic_int total = 0;
    BriefingPackBuilder::Result result = BriefingPackBuilder::Failed;
    QString error;
    QString path;
};

namespace {

QString letterLabel(const LetterRecord& letter)
{
    const QString citation = letter.metadata.citation();
    // As the tree shows it: "Motie van het lid Ceder", not the capitals of the print.
    const QString title = letter.displayTitle();
    return citation.isEmpty() ? title : QStringLiteral("%1 — %2").arg(citation, title);
}

} // namespace

BriefingPackDialog::BriefingPackDialog(const QString& libraryFolder, const QList<qint64>& letterIds, QWidget* parent)
    : QDialog(parent)
    , m_folder(libraryFolder)
{
    setWindowTitle(tr("Briefing pack"));
    QString error;
    m_library = Library::open(libraryFolder, &error);

    auto* details = new QGroupBox(tr("Pack"), this);
    auto* form = new QFormLayout(details);
    m_title = new QLineEdit(details);
    m_title->setPlaceholderText(BriefingPack::defaultTitle());
    m_date = new QDateEdit(QDate::currentDate(), details);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_organisation = new QLineEdit(details);
    m_organisation->setPlaceholderText(tr("Ministry, directorate or office"));
    m_marking = new QComboBox(details);
    m_marking->setEditable(true);
    m_marking->addItems(
        {QString(), tr("Intern"), tr("Departementaal vertrouwelijk"), tr("Vertrouwelijk"), tr("Concept")});
    m_marking->setCurrentIndex(1);
    // Title, organisation and marking are what a user's packs have in common: kept for the next pack.
    QSettings settings;
    m_title->setText(settings.value(QStringLiteral("pack/title")).toString());
    m_organisation->setText(settings.value(QStringLiteral("pack/organisation")).toString());
    if (settings.contains(QStringLiteral("pack/marking")))
        m_marking->setCurrentText(settings.value(QStringLiteral("pack/marking")).toString());
    connect(m_title, &QLineEdit::textChanged, this,
            [](const QString& text) { QSettings().setValue(QStringLiteral("pack/title"), text); });
    connect(m_organisation, &QLineEdit::textChanged, this,
            [](const QString& text) { QSettings().setValue(QStringLiteral("pack/organisation"), text); });
    connect(m_marking, &QComboBox::currentTextChanged, this,
            [](const QString& text) { QSettings().setValue(QStringLiteral("pack/marking"), text); });
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("&Marking:"), m_marking);

    auto* documents = new QGroupBox(tr("Documents, in the order of the pack (drag to change it)"), this);
    auto* docLayout = new QVBoxLayout(documents);
    m_list = new QListWidget(documents);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    // Long citations end in "…" rather than push a scroll bar under the list; the whole label is the tip.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    docLayout->addWidget(m_list);
    auto* listButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), documents);
    m_remove = new QPushButton(tr("&Remove"), documents);
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    docLayout->addLayout(listButtons);
    connect(add, &QPushButton::clicked, this, &BriefingPackDialog::chooseLetters);
    connect(m_remove, &QPushButton::clicked, this, &BriefingPackDialog::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &BriefingPackDialog::updateButtons);
    connect(m_list->model(), &QAbstractItemModel::rowsRemoved, this, &BriefingPackDialog::updateButtons);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, &BriefingPackDialog::updateButtons);

    auto* parts = new QGroupBox(tr("Parts"), this);
    auto* partsLayout = new QVBoxLayout(parts);
    auto check = [&](const QString& text) {
        auto* box = new QCheckBox(text, parts);
        box->setChecked(true);
        partsLayout->addWidget(box);
        return box;
    };
    m_cover = check(tr("Co&ver page"));
    m_contents = check(tr("Table of &contents"));
    m_metadata = check(tr("Details of each document (kind, date, sender, dossier)"));
    m_excerpts = check(tr("&Excerpts: highlighted passages with notes and tags"));
    m_toezeggingen = check(tr("Open &toezeggingen of the dossiers"));
    m_crossReferences = check(tr("Index of cross-&references"));
    auto* bodyRow = new QHBoxLayout;
    bodyRow->addWidget(new QLabel(tr("After the excerpts:"), parts));
    m_body = new QComboBox(parts);
    m_body->addItem(tr("Nothing"), BriefingPack::NoBody);
    m_body->addItem(tr("The full text"), BriefingPack::FullText);
    m_body->addItem(tr("The original pages with the highlights"), BriefingPack::OriginalPages);
    m_body->setCurrentIndex(1);
    bodyRow->addWidget(m_body, 1);
    partsLayout->addLayout(bodyRow);

    auto* buttons = new QDialogButtonBox(this);
    auto* previewButton = buttons->addButton(tr("Print pre&view..."), QDialogButtonBox::ActionRole);
    auto* printButton = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    auto* saveButton = buttons->addButton(tr("&Save as PDF..."), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_actions = {previewButton, printButton, saveButton};
    connect(previewButton, &QPushButton::clicked, this, &BriefingPackDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &BriefingPackDialog::printPack);
    connect(saveButton, &QPushButton::clicked, this, &BriefingPackDialog::chooseFileAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    saveButton->setDefault(true);

    auto* right = new QVBoxLayout;
    right->addWidget(details);
    right->addWidget(parts);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(documents, 3);
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    if (!m_library) {
        auto* problem = new QLabel(tr("The library cannot be opened: %1").arg(error), this);
        problem->setWordWrap(true);
        layout->addWidget(problem);
    }
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &BriefingPackDialog::buildFinished);
    addLetters(letterIds);
    updateButtons();
    resize(900, 560);
}

BriefingPackDialog::~BriefingPackDialog()
{
    if (m_build)
        m_build->cancel = true;
    m_watcher.waitForFinished();
}

void BriefingPackDialog::addLetters(const QList<qint64>& ids)
{
    const QList<qint64> present = letterIds();
    for (qint64 id : ids) {
        if (present.contains(id))
            continue;
        const std::optional<LetterRecord> letter = m_library ? m_library->letter(id) : std::nullopt;
        auto* item =
            new QListWidgetItem(letter ? letterLabel(*letter) : tr("Document %1 (not in the library)").arg(id));
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        item->setToolTip(letter && letter->metadata.date.isValid()
                             ? item->text() + QLatin1Char('\n') + Translations::longDate(letter->metadata.date)
                             : item->text());
        m_list->addItem(item);
    }
}

void BriefingPackDialog::chooseLetters()
{
    if (!m_library)
        return;
    QDialog picker(this);
    picker.setWindowTitle(tr("Add documents to the pack"));
    auto* filter = new QLineEdit(&picker);
    filter->setPlaceholderText(tr("Filter by citation or title"));
    filter->setClearButtonEnabled(true);
    auto* list = new QListWidget(&picker);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    const QList<qint64> present = letterIds();
    for (const LetterRecord& letter : m_library->letters()) {
        if (present.contains(letter.id))
            continue;
        auto* item = new QListWidgetItem(letterLabel(letter), list);
        item->setData(Qt::UserRole, letter.id);
        item->setToolTip(item->text());
    }
    // Typing narrows the list and chooses the first document left, so Enter adds it.
    connect(filter, &QLineEdit::textChanged, list, [list](const QString& text) {
        QListWidgetItem* first = nullptr;
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            item->setHidden(!item->text().contains(text, Qt::CaseInsensitive));
            if (item->isHidden())
                item->setSelected(false);
            else if (!first)
                first = item;
        }
        if (first && list->selectedItems().isEmpty())
            list->setCurrentItem(first);
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &picker);
    connect(buttons, &QDialogButtonBox::accepted, &picker, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &picker, &QDialog::reject);
    connect(list, &QListWidget::itemDoubleClicked, &picker, &QDialog::accept);
    auto* layout = new QVBoxLayout(&picker);
    layout->addWidget(filter);
    layout->addWidget(list);
    layout->addWidget(buttons);
    picker.resize(640, 420);
    if (picker.exec() != QDialog::Accepted)
        return;
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->isSelected() && !list->item(i)->isHidden())
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    addLetters(ids);
}

void BriefingPackDialog::removeSelected()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    for (QListWidgetItem* item : selected)
        delete m_list->takeItem(m_list->row(item));
}

QList<qint64> BriefingPackDialog::letterIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids.append(m_list->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

void BriefingPackDialog::setTitle(const QString& title)
{
    m_title->setText(title);
}

BriefingPack BriefingPackDialog::pack() const
{
    BriefingPack pack;
    pack.title = m_title->text().trimmed().isEmpty() ? BriefingPack::defaultTitle() : m_title->text().trimmed();
    pack.date = m_date->date();
    pack.organisation = m_organisation->text().trimmed();
    pack.marking = m_marking->currentText().trimmed();
    pack.letterIds = letterIds();
    pack.cover = m_cover->isChecked();
    pack.contents = m_contents->isChecked();
    pack.metadata = m_metadata->isChecked();
    pack.excerpts = m_excerpts->isChecked();
    pack.crossReferences = m_crossReferences->isChecked();
    pack.toezeggingen = m_toezeggingen->isChecked();
    pack.body = BriefingPack::Body(m_body->currentData().toInt());
    return pack;
}

void BriefingPackDialog::updateButtons()
{
    const bool any = m_list->count() > 0 && m_library;
    for (QPushButton* b : m_actions)
        b->setEnabled(any && !isBuilding());
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

bool BriefingPackDialog::paint(QPrinter* printer)
{
    if (!m_library)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    BriefingPackBuilder builder(*m_library, pack());
    QString error;
    const bool ok = builder.paint(*printer, &error) == BriefingPackBuilder::Done;
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, windowTitle(), tr("The pack cannot be printed: %1").arg(error));
    return ok;
}

void BriefingPackDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(pack().title);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview of the briefing pack"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { paint(p); });
    dialog.resize(1000, 800);
    dialog.exec();
}

void BriefingPackDialog::printPack()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(pack().title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the briefing pack"));
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

void BriefingPackDialog::chooseFileAndSave()
{
    QString name = pack().title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the briefing pack as PDF"),
        QDir(LastFolder::get("export")).filePath(name + QStringLiteral(".pdf")), tr("PDF documents (*.pdf)"));
    LastFolder::remember("export", path);
    if (!path.isEmpty())
        saveAsPdf(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"));
}

bool BriefingPackDialog::isBuilding() const
{
    return m_watcher.isRunning();
}

void BriefingPackDialog::cancelBuild()
{
    if (m_build)
        m_build->cancel = true;
}

void BriefingPackDialog::saveAsPdf(const QString& path)
{
    if (isBuilding())
        return;
    auto build = std::make_shared<Build>();
    build->path = path;
    m_build = build;
    const BriefingPack description = pack();
    const QString folder = m_folder;

    m_progress = new QProgressDialog(tr("Making the briefing pack..."), tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(windowTitle());
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, &BriefingPackDialog::cancelBuild);
    auto* timer = new QTimer(m_progress);
    connect(timer, &QTimer::timeout, m_progress, [progress = m_progress, build] {
        const int total = build->total;
        if (total > 0) {
            progress->setMaximum(total);
            progress->setValue(build->current);
            progress->setLabelText(tr("Page %1 of %2...").arg(build->current.load()).arg(total));
        }
    });
    timer->start(100);

    // The worker opens its own library: a Library and its connection stay on one thread.
    m_watcher.setFuture(QtConcurrent::run([build, description, folder] {
        build->result = BriefingPackBuilder::buildPdf(
            folder, description, build->path,
            [build](int current, int total) {
                build->current = current;
                build->total = total;
            },
            &build->cancel, &build->error);
    }));
    updateButtons();
}

void BriefingPackDialog::buildFinished()
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    updateButtons();
    if (!m_build)
        return;
    const std::shared_ptr<Build> build = std::move(m_build);
    switch (build->result) {
    case BriefingPackBuilder::Done:
        Q_EMIT finished(true, tr("Saved %1").arg(QDir::toNativeSeparators(build->path)));
        break;
    case BriefingPackBuilder::Cancelled:
        Q_EMIT finished(false, tr("Cancelled: nothing was saved."));
        break;
    case BriefingPackBuilder::Failed:
        Q_EMIT finished(false, build->error);
        if (isVisible())
            QMessageBox::warning(this, windowTitle(), tr("The pack cannot be saved: %1").arg(build->error));
        break;
    }
}

} // namespace kl

#include "ExportActions.h"

#include "BriefingPackDialog.h"
#include "DossierPanel.h"
#include "DossierTreeModel.h"
#include "LastFolder.h"
#include "MainWindow.h"
#include "ReaderTab.h"
#include "annotations/AnnotationStore.h"
#include "annotations/NotesExporter.h"
#include "export/AnnotatedPdfExporter.h"
#include "export/PdfAnnotationImporter.h"
#include "export/W3cAnnotations.h"
#include "library/Library.h"
#include "session/LibrarySession.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>

namespace kl {

namespace {

QString documentsFolder()
{
    return LastFolder::get("export");
}

// A file name from the letter's kstId or title, safe on every file system.
QString suggestedName(const Library& library, qint64 letterId, const QString& suffix)
{
    const std::optional<LetterRecord> letter = library.letter(letterId);
    QString base = letter ? (letter->metadata.kstId.isEmpty() ? letter->displayTitle() : letter->metadata.kstId)
                          : QStringLiteral("kamerlezer");
    base.replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("-"));
    return documentsFolder() + QLatin1Char('/') + base.left(60) + suffix;
}

} // namespace

ExportActions::ExportActions(MainWindow* window, Library* library)
    : QObject(window)
    , m_window(window)
    , m_library(library)
{
}

void ExportActions::addTo(QMenu* file)
{
    QAction* pdf = file->addAction(tr("Export as Annotated &PDF…"), this, &ExportActions::exportAnnotatedPdf);
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    pdf->setToolTip(tr("The current document as a PDF with its highlights and notes as PDF annotations"));
    file->addAction(tr("Export &Notes…"), this, &ExportActions::exportNotes);
    file->addAction(tr("Import N&otes…"), this, &ExportActions::importNotes);
    file->addAction(tr("Import &Annotations from PDF…"), this, &ExportActions::importAnnotationsFromPdf);
    file->addSeparator();
    QAction* pack = file->addAction(tr("&Briefing Pack…"), this, &ExportActions::briefingPack);
    pack->setShortcut(QKeySequence::Print);
    pack->setToolTip(tr("Print the chosen documents with a cover, contents, excerpts and notes"));
    m_needLetter = {pdf};
    m_needChoice = {pack};
    updateEnabled();
}

void ExportActions::updateEnabled()
{
    const bool letter = currentLetter() != 0;
    const bool chosen = letter || !m_window->dossierPanel()->view()->selectionModel()->selectedRows().isEmpty();
    for (QAction* a : std::as_const(m_needLetter))
        a->setEnabled(letter);
    for (QAction* a : std::as_const(m_needChoice))
        a->setEnabled(chosen);
}

qint64 ExportActions::currentLetter() const
{
    const ReaderTab* tab = m_window->currentTab();
    return tab ? tab->letterId() : 0;
}

QList<qint64> ExportActions::chosenLetters() const
{
    QList<qint64> ids;
    const QTreeView* view = m_window->dossierPanel()->view();
    const QAbstractItemModel* model = view->model();
    for (const QModelIndex& index : view->selectionModel()->selectedRows()) {
        const qint64 id = index.data(DossierTreeModel::LetterIdRole).toLongLong();
        if (id) {
            if (!ids.contains(id))
                ids.append(id);
            continue;
        }
        // A dossier or group: all its documents, in the tree's order.
        for (int row = 0; row < model->rowCount(index); ++row) {
            const qint64 child = model->index(row, 0, index).data(DossierTreeModel::LetterIdRole).toLongLong();
            if (child && !ids.contains(child))
                ids.append(child);
        }
    }
    if (ids.isEmpty() && currentLetter())
        ids.append(currentLetter());
    return ids;
}

void ExportActions::exportAnnotatedPdf()
{
    const qint64 id = currentLetter() ? currentLetter() : chosenLetters().value(0);
    if (!id) {
        QMessageBox::information(m_window, tr("Export as Annotated PDF"), tr("Open a document first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export as Annotated PDF"),
                                                      suggestedName(*m_library, id, QStringLiteral("-annotated.pdf")),
                                                      tr("PDF documents (*.pdf)"));
    LastFolder::remember("export", path);
    if (path.isEmpty())
        return;
    AnnotatedPdfOptions options;
    options.author = qEnvironmentVariable("USER");
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int written =
        AnnotatedPdfExporter::exportLetter(*m_library, m_window->session()->annotations(), id, path, options, &error);
    QApplication::restoreOverrideCursor();
    if (written < 0) {
        QMessageBox::warning(m_window, tr("Export as Annotated PDF"),
                             tr("The PDF could not be written.\n\n%1: %2").arg(path, error));
        return;
    }
    m_window->statusBar()->showMessage(tr("Exported %n annotation(s) to %1", nullptr, written).arg(path), 8000);
}

void ExportActions::exportNotes()
{
    const QList<qint64> ids = chosenLetters();
    if (ids.isEmpty()) {
        QMessageBox::information(m_window, tr("Export Notes"), tr("Open or select documents first."));
        return;
    }
    const QString markdown = tr("Markdown (*.md)");
    const QString w3c = tr("W3C Web Annotations (*.jsonld *.json)");
    QString filter = markdown;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Notes"), suggestedName(*m_library, ids.first(), QStringLiteral("-notes.md")),
        markdown + QStringLiteral(";;") + w3c, &filter);
    LastFolder::remember("export", path);
    if (path.isEmpty())
        return;
    const AnnotationStore& store = m_window->session()->annotations();
    const bool asW3c =
        filter == w3c || path.endsWith(QLatin1String(".json")) || path.endsWith(QLatin1String(".jsonld"));
    const QByteArray bytes = asW3c ? W3cAnnotations::write(*m_library, store, ids)
                                   : NotesExporter::markdown(*m_library, store, ids).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(m_window, tr("Export Notes"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    m_window->statusBar()->showMessage(tr("Notes of %n document(s) written to %1", nullptr, int(ids.size())).arg(path),
                                       8000);
}

void ExportActions::importNotes()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Notes"), documentsFolder(),
                                                      tr("W3C Web Annotations (*.jsonld *.json)"));
    LastFolder::remember("export", path);
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(m_window, tr("Import Notes"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const Result<W3cAnnotations::ImportResult> imported = m_window->session()->importW3c(file.readAll());
    if (!imported) {
        QMessageBox::warning(m_window, tr("Import Notes"), tr("%1: %2").arg(path, imported.error().message()));
        return;
    }
    const W3cAnnotations::ImportResult& r = *imported;
    QString message = tr("%n annotation(s) added.", nullptr, r.added);
    if (r.duplicates)
        message += QLatin1Char(' ') + tr("%n were already there.", nullptr, r.duplicates);
    if (r.orphans)
        message +=
            QLatin1Char(' ') + tr("%n could not be placed in the text and are kept to re-attach.", nullptr, r.orphans);
    if (!r.problems.isEmpty())
        message += QStringLiteral("\n\n") + r.problems.join(QLatin1Char('\n'));
    QMessageBox::information(m_window, tr("Import Notes"), message);
}

void ExportActions::importAnnotationsFromPdf()
{
    const qint64 id = currentLetter();
    if (!id) {
        QMessageBox::information(m_window, tr("Import Annotations"),
                                 tr("Open the document the annotations belong to first."));
        return;
    }
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Import Annotations from PDF"), documentsFolder(),
                                                      tr("PDF documents (*.pdf)"));
    LastFolder::remember("export", path);
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor); // a long PDF is read page by page: a moment
    const Result<PdfAnnotationImporter::Result> imported = m_window->session()->importPdfAnnotations(id, path);
    QApplication::restoreOverrideCursor();
    if (!imported) {
        QMessageBox::warning(m_window, tr("Import Annotations"), tr("%1: %2").arg(path, imported.error().message()));
        return;
    }
    const PdfAnnotationImporter::Result& r = *imported;
    QString message = tr("%n annotation(s) added.", nullptr, r.added);
    if (r.duplicates)
        message += QLatin1Char(' ') + tr("%n were already there.", nullptr, r.duplicates);
    if (r.unplaced)
        message += QLatin1Char(' ') + tr("%n marked passages were not found in this document.", nullptr, r.unplaced);
    QMessageBox::information(m_window, tr("Import Annotations"), message);
}

void ExportActions::briefingPack()
{
    auto* dialog = new BriefingPackDialog(m_library->folder(), chosenLetters(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace kl

#include "PrintActions.h"

#include "DocumentPrinter.h"
#include "MainWindow.h"
#include "PdfDocument.h"
#include "ReaderTab.h"
#include "session/LibrarySession.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QTemporaryDir>

namespace kl {

PrintActions::PrintActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
}

void PrintActions::addTo(QMenu* file)
{
    m_print = file->addAction(tr("Print &Document…"), this, &PrintActions::print);
    m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_print->setToolTip(tr("Print the open document as it is, with its highlights (Ctrl+Shift+P)"));
    m_preview = file->addAction(tr("Print Pre&view…"), this, &PrintActions::preview);
    updateEnabled();
}

void PrintActions::updateEnabled()
{
    const bool open = m_window->currentTab() != nullptr;
    for (QAction* a : {m_print, m_preview})
        if (a)
            a->setEnabled(open);
}

bool PrintActions::printTo(QPrinter& printer)
{
    ReaderTab* tab = m_window->currentTab();
    if (!tab)
        return false;
    QTemporaryDir work;
    QString error;
    std::shared_ptr<PdfDocument> document =
        work.isValid() ? DocumentPrinter::prepare(m_window->session()->library(), m_window->session()->annotations(),
                                                  tab->letterId(), work, &error)
                       : nullptr;
    if (!document) {
        QMessageBox::warning(m_window, tr("Print Document"),
                             tr("%1 cannot be printed: %2").arg(tab->tabTitle(), error));
        return false;
    }
    QProgressDialog progress(tr("Printing %1…").arg(tab->tabTitle()), tr("Cancel"), 0, document->pageCount(), m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const bool done = DocumentPrinter::print(
        *document, printer,
        [&progress](int page, int pages) {
            progress.setMaximum(pages);
            progress.setValue(page);
            return !progress.wasCanceled();
        },
        &error);
    progress.reset();
    if (!done && !error.isEmpty())
        QMessageBox::warning(m_window, tr("Print Document"),
                             tr("%1 cannot be printed: %2").arg(tab->tabTitle(), error));
    return done;
}

void PrintActions::print()
{
    if (!m_window->currentTab())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_window->currentTab()->tabTitle());
    QPrintDialog dialog(&printer, m_window);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    if (dialog.exec() == QDialog::Accepted)
        printTo(printer);
}

void PrintActions::preview()
{
    if (!m_window->currentTab())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_window->currentTab()->tabTitle());
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Preview: %1").arg(m_window->currentTab()->tabTitle()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { printTo(*p); });
    dialog.exec();
}

} // namespace kl

#include "LibraryOpener.h"

#include "library/Library.h"
#include "library/LibraryBackups.h"
#include "storage/Database.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <cstdio>

namespace kl {

std::unique_ptr<Library> LibraryOpener::open(const QString& folder, QWidget* parent)
{
    QString error;
    bool damaged = false;
    std::unique_ptr<Library> library = Library::open(folder, &error, &damaged);
    // A library can open with damaged pages. The reads the window starts with (its tree) are made here first, so
    // damage there is met before the window shows an empty tree; damage elsewhere the daily backup's check finds.
    if (library) {
        library->dossiers();
        library->letters();
    }
    if (library && library->database().sawDamage()) {
        error = tr("%1/library.sqlite: SQLite finds the database damaged (database disk image is malformed)")
                    .arg(library->folder());
        damaged = true;
        library.reset();
    }
    if (library)
        return library;
    std::fprintf(stderr, "kamerlezer: %s\n", qPrintable(error));
    LibraryBackups backups(folder);
    const QList<LibraryBackup> kept = backups.list();
    if (!damaged || kept.isEmpty()) {
        QMessageBox::critical(parent, tr("Kamerlezer"), tr("The library cannot be opened.\n\n%1").arg(error));
        return nullptr;
    }
    const LibraryBackup& newest = kept.first();
    QMessageBox box(QMessageBox::Warning, tr("Kamerlezer"), tr("The library's database is damaged."),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(
        tr("A backup of %1 is there. Restoring it brings the library back as it was then; what was done since is "
           "lost. The damaged database is kept in the library folder.")
            .arg(QLocale().toString(newest.taken.toLocalTime(), QLocale::LongFormat)));
    box.setDetailedText(error);
    QPushButton* restore = box.addButton(tr("Restore Backup"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return nullptr;
    const Result<QString> aside = backups.restore(newest.path, QDateTime::currentDateTimeUtc());
    if (!aside) {
        QMessageBox::critical(parent, tr("Kamerlezer"),
                              tr("The backup cannot be restored.\n\n%1").arg(aside.error().detail()));
        return nullptr;
    }
    library = Library::open(folder, &error);
    if (!library)
        QMessageBox::critical(parent, tr("Kamerlezer"), tr("The library cannot be opened.\n\n%1").arg(error));
    return library;
}

void LibraryOpener::warnOfDamage(const QString& damage, QWidget* parent)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Kamerlezer"), tr("The library's database is damaged."),
                                QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("SQLite found damaged pages while backing the library up, so no backup was taken today and the earlier "
           "ones are kept. Some documents or annotations may not show. Quit Kamerlezer and run kamerlezer-cli check "
           "to see what is damaged; kamerlezer-cli restore-backup puts the newest backup in place."));
    box->setDetailedText(damage);
    box->open(); // not modal to the program: the user can go on reading what is there
}

} // namespace kl

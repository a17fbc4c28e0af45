#pragma once

#include <QString>
#include <QStringList>

namespace kl {

class Database;

// What `check` finds wrong in a library, and what `check --repair` can mend: the database's own integrity,
// letters without a file, stored copies missing, changed or outside `files/`, page texts changed since import,
// the full-text indexes. Works on the library's connection, on its thread.
class LibraryCheck {
public:
    struct Repair {
        QStringList repaired;    // what was put right, a line each
        QStringList notRepaired; // what could not be, and what the user can do
    };

    LibraryCheck(const QString& libraryFolder, Database& db);

    // A line for each problem; empty when all is well.
    QStringList problems() const;
    // Copies a lost or changed copy again from the file it was imported from when that still matches, puts back
    // page texts that changed when the copy reads as they were, builds the full-text indexes again and scans
    // the references again. Nothing on a database SQLite finds damaged: that takes a backup.
    Repair repair();

private:
    QStringList copyProblems() const;
    QStringList indexProblems() const;
    void repairCopies(Repair& out);
    void repairPageTexts(Repair& out);
    void rebuildIndexes(Repair& out);

    QString m_folder;
    Database& m_db;
};

} // namespace kl

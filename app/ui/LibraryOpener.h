#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace kl {

class Library;

// Opens the library for the window. When its database is lost or damaged and backups of it are there, offers to
// put the newest one in place (the damaged file is kept aside) and opens that; otherwise says what is wrong.
class LibraryOpener {
    Q_DECLARE_TR_FUNCTIONS(kl::LibraryOpener)

public:
    // nullptr when the library stays closed: the user was told why, or chose not to restore.
    static std::unique_ptr<Library> open(const QString& folder, QWidget* parent = nullptr);
    // Damage found while the library is open (by the daily backup's check): what it means and what to do; the
    // window goes on with what can be read.
    static void warnOfDamage(const QString& damage, QWidget* parent);
};

} // namespace kl

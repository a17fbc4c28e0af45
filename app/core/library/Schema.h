#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kl {

// The library's tables, and the migrations that bring an older library up to date, one transaction each.
class Schema {
public:
    static constexpr int kVersion = 5;
    static int version(QSqlDatabase& db);
    // Runs every migration above the library's version; false (and `error`) when one fails, which is rolled
    // back.
    static bool migrate(QSqlDatabase& db, QString* error);
};

} // namespace kl

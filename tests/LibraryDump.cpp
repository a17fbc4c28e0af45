#include "LibraryDump.h"

#include "library/Library.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <catch2/catch.hpp>

std::string libraryDump(kl::Library& library)
{
    QSqlQuery tables(library.database().connection());
    REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                       "'%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    QStringList out;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        QSqlQuery rows(library.database().connection());
        REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).toString());
            out.append(name + QLatin1Char(':') + values.join(QLatin1Char('|')));
        }
    }
    out.sort();
    return out.join(QLatin1Char('\n')).toStdString();
}

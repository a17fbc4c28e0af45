// Query latency over a (generated) library: 200 varied queries, p50 and p95; related-passages latency; index size
// against text size. Usage: bench-search LIBRARY
#include "LibraryGenerator.h"
#include "Stats.h"
#include "library/Library.h"
#include "search/SearchEngine.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <cstdio>

using namespace kl;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench-search LIBRARY\n");
        return 2;
    }
    QString error;
    auto library = Library::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!library) {
        std::fprintf(stderr, "bench-search: %s\n", qPrintable(error));
        return 1;
    }
    LibraryGenerator words(7);
    const QStringList sources = LibraryGenerator::defaultSources();
    words.learnFrom(sources);
    const QStringList& v = words.vocabulary();
    if (v.size() < 50) {
        std::fprintf(stderr, "bench-search: too few words to make queries from\n");
        return 1;
    }
    QRandomGenerator random(11);
    auto pick = [&] { return v[random.bounded(int(v.size()))]; };
    QList<SearchQuery> queries;
    for (int i = 0; i < 200; ++i) {
        SearchQuery q;
        switch (i % 10) {
        case 0:
        case 1:
        case 2:
            q.text = pick();
            break;
        case 3:
        case 4:
            q.text = pick().left(5) + QLatin1Char('*');
            break;
        case 5:
        case 6: {
            const QString sentence = words.letter(i).section(QLatin1Char('\n'), 12, 12).simplified();
            q.text = QLatin1Char('"') + sentence.section(QLatin1Char(' '), 2, 3) + QLatin1Char('"');
            break;
        }
        case 7:
            q.text = pick() + QStringLiteral(" AND ") + pick();
            break;
        case 8:
            q.text = pick() + QStringLiteral(" OR ") + pick() + QStringLiteral(" NOT ") + pick();
            break;
        default:
            q.text = pick();
            q.from = QDate(2019, 1, 1);
            q.to = QDate(2022, 12, 31);
            q.kind = QStringLiteral("brief");
        }
        queries.append(q);
    }
    SearchEngine engine(*library);
    Stats latency;
    int totalHits = 0;
    for (const SearchQuery& q : queries) {
        QElapsedTimer t;
        t.start();
        totalHits += int(engine.search(q, 50).size());
        latency.add(double(t.nsecsElapsed()) / 1e6);
    }
    Stats related;
    QSqlQuery passages(library->database().connection());
    passages.exec(QStringLiteral("SELECT letter_id, text FROM passages ORDER BY random() LIMIT 50"));
    while (passages.next()) {
        QElapsedTimer t;
        t.start();
        engine.similar(passages.value(1).toString().left(300), passages.value(0).toLongLong(), 10);
        related.add(double(t.nsecsElapsed()) / 1e6);
    }
    QSqlQuery size(library->database().connection());
    qint64 textBytes = 0, indexBytes = -1;
    if (size.exec(QStringLiteral("SELECT sum(length(CAST(text AS BLOB))) FROM page_texts")) && size.next())
        textBytes = size.value(0).toLongLong();
    if (size.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'passages_fts%' OR name LIKE "
                                 "'notes_fts%'")) &&
        size.next())
        indexBytes = size.value(0).toLongLong();
    std::printf("search benchmark: %d letters, %d queries (%d hits)\n", library->letterCount(), int(queries.size()),
                totalHits);
    std::printf("  query latency     p50 %6.2f ms   p95 %6.2f ms   max %6.2f ms   (target p95 < 20 ms)\n",
                latency.median(), latency.percentile(95), latency.percentile(100));
    std::printf("  related passages  p50 %6.2f ms   p95 %6.2f ms\n", related.median(), related.percentile(95));
    if (indexBytes >= 0)
        std::printf("  FTS index %.1f MB for %.1f MB of text (%.2fx)\n", double(indexBytes) / 1048576.0,
                    double(textBytes) / 1048576.0, double(indexBytes) / std::max<double>(1, double(textBytes)));
    else
        std::printf("  text %.1f MB (index size needs SQLite's dbstat, not available)\n",
                    double(textBytes) / 1048576.0);
    return 0;
}

#include "Commands.h"

#include "JsonOutput.h"
#include "search/SearchEngine.h"

namespace kl {

namespace {

class SearchCommand final : public CliCommand {
public:
    SearchCommand()
        : CliCommand(
              "search",
              R"(  search QUERY [--json] [--limit N]   full-text search over letters and notes: words, "phrases", prefix*,
                                      AND/OR/NOT; filters --dossier, --kind, --vergaderjaar, --from DATE,
                                      --to DATE, --sender TEXT, --notes-only
)",
              {CliOptions::json(),
               CliOptions::limit(),
               CliOptions::dossier(),
               {QStringLiteral("kind"), QStringLiteral("Only this kind."), QStringLiteral("KIND")},
               {QStringLiteral("vergaderjaar"), QStringLiteral("Only this vergaderjaar."), QStringLiteral("YYYY-YYYY")},
               {QStringLiteral("from"), QStringLiteral("Dated on or after."), QStringLiteral("DATE")},
               {QStringLiteral("to"), QStringLiteral("Dated on or before."), QStringLiteral("DATE")},
               {QStringLiteral("sender"), QStringLiteral("Sender contains."), QStringLiteral("TEXT")},
               {QStringLiteral("notes-only"), QStringLiteral("Search only in notes.")}})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.isEmpty())
            return cli.usageError(QStringLiteral("search takes a QUERY"));
        const int limit = cli.positiveNumber("limit");
        if (!limit)
            return cli.usageError(QStringLiteral("--limit takes a number from 1"));
        SearchQuery query;
        query.text = args.join(QLatin1Char(' '));
        query.dossier = cli.value("dossier");
        query.kind = cli.value("kind");
        query.vergaderjaar = cli.value("vergaderjaar");
        query.sender = cli.value("sender");
        query.onlyNotes = cli.isSet("notes-only");
        for (const char* name : {"from", "to"}) {
            if (!cli.isSet(name))
                continue;
            const QDate d = QDate::fromString(cli.value(name), Qt::ISODate);
            if (!d.isValid())
                return cli.usageError(QStringLiteral("--%1 takes a date as YYYY-MM-DD").arg(QLatin1String(name)));
            (qstrcmp(name, "from") == 0 ? query.from : query.to) = d;
        }
        if (!cli.openLibrary())
            return 1;
        QString why;
        const QList<SearchHit> hits = SearchEngine(cli.library()).search(query, limit, &why);
        if (!why.isEmpty()) {
            cli.error(QStringLiteral("cannot search for '%1': %2").arg(query.text, why));
            return 1;
        }
        if (cli.isSet("json")) {
            QJsonArray array;
            for (const SearchHit& h : hits)
                array.append(
                    QJsonObject{{"id", h.letterId},
                                {"kstId", h.kstId.isEmpty() ? QJsonValue() : QJsonValue(h.kstId)},
                                {"title", h.title},
                                {"page", h.page},
                                {"snippet", h.markedSnippet(QStringLiteral("**"), QStringLiteral("**"))},
                                {"score", h.score},
                                {"in", h.in == SearchHit::Note ? QStringLiteral("note") : QStringLiteral("text")}});
            cli.out(QString::fromUtf8(JsonOutput::print(array)));
            return 0;
        }
        for (const SearchHit& h : hits)
            cli.out(QStringLiteral("%1  p. %2  %3%4\n    %5\n")
                        .arg(h.kstId.isEmpty() ? QString::number(h.letterId) : h.kstId, -20)
                        .arg(h.page)
                        .arg(h.title, h.in == SearchHit::Note ? QStringLiteral(" (note)") : QString())
                        .arg(h.markedSnippet(QStringLiteral("["), QStringLiteral("]"))));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeSearchCommand()
{
    return std::make_unique<SearchCommand>();
}

} // namespace kl

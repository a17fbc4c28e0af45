#include "Commands.h"

#include "JsonOutput.h"
#include "library/RenditionText.h"
#include "search/SearchEngine.h"

namespace kl {

namespace {

class RelatedCommand final : public CliCommand {
public:
    RelatedCommand()
        : CliCommand("related", "  related ID --quote TEXT [--json]    passages elsewhere in the library that match\n",
                     {CliOptions::quote("The passage to match."), CliOptions::json(), CliOptions::limit()})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 1 || !cli.isSet("quote"))
            return cli.usageError(QStringLiteral("related takes one ID and --quote TEXT"));
        const int limit = cli.positiveNumber("limit");
        if (!limit)
            return cli.usageError(QStringLiteral("--limit takes a number from 1"));
        const qint64 id = cli.openLetter(args.first());
        if (!id)
            return 1;
        const QList<SearchHit> hits = SearchEngine(cli.library()).similar(cli.value("quote"), id, limit);
        const bool json = cli.isSet("json");
        QJsonArray array;
        for (const SearchHit& h : hits) {
            const QString text = RenditionText::load(cli.library(), h.renditionId).text().mid(h.start, h.end - h.start);
            if (json) {
                array.append(QJsonObject{{"id", h.letterId},
                                         {"kstId", h.kstId.isEmpty() ? QJsonValue() : QJsonValue(h.kstId)},
                                         {"title", h.title},
                                         {"page", h.page},
                                         {"text", text.simplified()},
                                         {"score", h.score}});
            } else {
                cli.out(QStringLiteral("%1  p. %2  %3\n    %4\n")
                            .arg(h.kstId.isEmpty() ? QString::number(h.letterId) : h.kstId, -20)
                            .arg(h.page)
                            .arg(h.title, text.simplified().left(300)));
            }
        }
        if (json)
            cli.out(QString::fromUtf8(JsonOutput::print(array)));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeRelatedCommand()
{
    return std::make_unique<RelatedCommand>();
}

} // namespace kl

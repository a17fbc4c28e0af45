#include "Commands.h"

#include "JsonOutput.h"
#include "library/Library.h"

namespace kl {

namespace {

class ListCommand final : public CliCommand {
public:
    ListCommand()
        : CliCommand("list", "  list [--json] [--dossier NUMBER]    letters in the library\n",
                     {CliOptions::json(), CliOptions::dossier()})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (!args.isEmpty())
            return cli.usageError(QStringLiteral("list takes no arguments"));
        if (!cli.openLibrary())
            return 1;
        const QList<LetterRecord> letters = cli.library().letters(cli.value("dossier"));
        if (cli.isSet("json")) {
            QJsonArray array;
            for (const LetterRecord& letter : letters)
                array.append(letter.toJson());
            cli.out(QString::fromUtf8(JsonOutput::print(array)));
            return 0;
        }
        for (const LetterRecord& l : letters) {
            const DocumentMetadata& m = l.metadata;
            cli.out(QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(l.id, 5)
                        .arg(m.kstId.isEmpty() ? QStringLiteral("-") : m.kstId, -20)
                        .arg(m.kind.isEmpty() ? QStringLiteral("-") : m.kind, -24)
                        .arg(m.date.isValid() ? m.date.toString(Qt::ISODate) : QStringLiteral("-"), -10)
                        .arg(l.displayTitle()));
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeListCommand()
{
    return std::make_unique<ListCommand>();
}

} // namespace kl

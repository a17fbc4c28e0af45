#include "Commands.h"

#include "library/Library.h"
#include "library/LibraryCheck.h"

namespace kl {

namespace {

class CheckCommand final : public CliCommand {
public:
    CheckCommand()
        : CliCommand("check",
                     "  check [--repair]                    integrity check of the library; --repair restores\n"
                     "                                      what can be restored and says what could not\n",
                     {QCommandLineOption(QStringLiteral("repair"),
                                         QStringLiteral("Copy lost files again from their originals, put back "
                                                        "changed page texts, rebuild the indexes."))})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (!args.isEmpty())
            return cli.usageError(QStringLiteral("check takes no arguments"));
        if (!cli.openLibrary())
            return 1;
        if (cli.isSet("repair")) {
            const LibraryCheck::Repair done = LibraryCheck(cli.library().folder(), cli.library().database()).repair();
            for (const QString& line : done.repaired)
                cli.out(QStringLiteral("repaired: %1\n").arg(line));
            for (const QString& line : done.notRepaired)
                cli.error(QStringLiteral("not repaired: %1").arg(line));
        }
        const QStringList problems = cli.library().check();
        for (const QString& p : problems)
            cli.error(p);
        if (!problems.isEmpty())
            return 1;
        cli.out(QStringLiteral("library ok: %1 letters in %2\n")
                    .arg(cli.library().letterCount())
                    .arg(cli.library().folder()));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace kl

#include "Commands.h"

#include "library/Library.h"

namespace kl {

namespace {

class CheckCommand final : public CliCommand {
public:
    CheckCommand()
        : CliCommand("check", "  check                               integrity check of the library\n")
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (!args.isEmpty())
            return cli.usageError(QStringLiteral("check takes no arguments"));
        if (!cli.openLibrary())
            return 1;
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

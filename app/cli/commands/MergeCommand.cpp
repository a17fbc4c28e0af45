#include "Commands.h"

#include "library/Library.h"
#include "session/LibrarySession.h"

namespace kl {

namespace {

// Makes two letters one, as the window's Merge Documents does: the second goes into the first, whose details
// stay.
class MergeCommand final : public CliCommand {
public:
    MergeCommand()
        : CliCommand("merge",
                     "  merge KEEP OTHER                    make OTHER part of KEEP (the same document imported\n"
                     "                                      twice): its files, annotations and links move\n",
                     {})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 2)
            return cli.usageError(
                QStringLiteral("merge takes two IDs: the letter to keep and the one to merge into it"));
        const qint64 keep = cli.openLetter(args[0]);
        const qint64 other = keep ? cli.openLetter(args[1]) : 0;
        if (!keep || !other)
            return 1;
        if (keep == other)
            return cli.usageError(QStringLiteral("%1 and %2 are the same letter").arg(args[0], args[1]));
        const int renditions = int(cli.library().letter(other)->renditions.size());
        if (const Result<void> r = cli.session().mergeLetters(keep, other); !r) {
            cli.error(QStringLiteral("%1 %2: %3").arg(args[0], args[1], r.error().detail()));
            return 1;
        }
        const std::optional<LetterRecord> merged = cli.library().letter(keep);
        cli.out(QStringLiteral("merged letter %1 (%2) into letter %3 (%4): %5 file(s) moved, %6 file(s) now\n")
                    .arg(other)
                    .arg(args[1])
                    .arg(keep)
                    .arg(args[0])
                    .arg(renditions)
                    .arg(merged ? merged->renditions.size() : 0));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeMergeCommand()
{
    return std::make_unique<MergeCommand>();
}

} // namespace kl

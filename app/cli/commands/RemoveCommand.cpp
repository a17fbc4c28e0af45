#include "Commands.h"

#include "library/LetterRemover.h"
#include "library/Library.h"
#include "session/LibrarySession.h"

namespace kl {

namespace {

// Takes letters out of the library, as the window's Remove from Library does. Their annotations are kept for
// when the same document is imported again, unless --delete-annotations.
class RemoveCommand final : public CliCommand {
public:
    RemoveCommand()
        : CliCommand("remove",
                     "  remove ID... [--delete-annotations]\n"
                     "                                      remove letters; their annotations are kept for a\n"
                     "                                      later import of the same document unless told\n",
                     {QCommandLineOption(QStringLiteral("delete-annotations"),
                                         QStringLiteral("Delete the letters' annotations too."))})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.isEmpty())
            return cli.usageError(QStringLiteral("remove takes one or more IDs"));
        QList<qint64> ids;
        QStringList names;
        for (const QString& arg : args) {
            const qint64 id = cli.openLetter(arg);
            if (!id)
                return 1;
            if (!ids.contains(id)) {
                ids.append(id);
                names.append(arg);
            }
        }
        const bool keep = !cli.isSet("delete-annotations");
        QList<LetterRemover::Contents> contents;
        for (qint64 id : std::as_const(ids))
            contents.append(LetterRemover(cli.library()).contents(id).valueOr({}));
        if (const Result<void> r = cli.session().removeLetters(ids, keep); !r) {
            cli.error(QStringLiteral("%1: %2").arg(names.join(QLatin1Char(' ')), r.error().detail()));
            return 1;
        }
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const LetterRemover::Contents& c = contents[i];
            QString what;
            if (c.annotations > 0)
                what = keep ? QStringLiteral(", %1 annotation(s) kept for when it is imported again").arg(c.annotations)
                            : QStringLiteral(", %1 annotation(s) deleted").arg(c.annotations);
            if (c.links > 0)
                what += QStringLiteral(", %1 link(s) removed").arg(c.links);
            cli.out(QStringLiteral("removed letter %1 (%2)%3\n").arg(ids[i]).arg(names[i], what));
        }
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeRemoveCommand()
{
    return std::make_unique<RemoveCommand>();
}

} // namespace kl

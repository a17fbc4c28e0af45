#include "Commands.h"

#include "annotations/AnnotationColor.h"
#include "annotations/AnnotationStore.h"
#include "session/LibrarySession.h"

namespace kl {

namespace {

QCommandLineOption annotationColor()
{
    QCommandLineOption option = CliOptions::color("Highlight colour.");
    option.setDefaultValue(QStringLiteral("yellow"));
    return option;
}

class AnnotateCommand final : public CliCommand {
public:
    AnnotateCommand()
        : CliCommand("annotate",
                     "  annotate ID --quote TEXT [--occurrence N] [--color NAME] [--note TEXT] [--tag TAG]...\n"
                     "                                      highlight a passage of a letter\n",
                     {CliOptions::quote("The passage to annotate."),
                      {QStringLiteral("occurrence"), QStringLiteral("Which occurrence of the quote."),
                       QStringLiteral("N"), QStringLiteral("1")},
                      annotationColor(),
                      CliOptions::note(),
                      CliOptions::tag("A tag (repeatable).")})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 1 || !cli.isSet("quote"))
            return cli.usageError(QStringLiteral("annotate takes one ID and --quote TEXT"));
        const QString color = AnnotationColor::normalized(cli.value("color"));
        if (color.isEmpty())
            return cli.usageError(QStringLiteral("unknown colour '%1'").arg(cli.value("color")));
        const int occurrence = cli.positiveNumber("occurrence");
        if (!occurrence)
            return cli.usageError(QStringLiteral("--occurrence takes a number from 1"));
        const qint64 id = cli.openLetter(args.first());
        if (!id)
            return 1;
        const Result<qint64> made = cli.session().annotateQuote(id, cli.value("quote"), occurrence, color,
                                                                cli.value("note"), cli.values("tag"));
        if (!made) {
            cli.error(QStringLiteral("%1: %2").arg(args.first(), made.error().message()));
            return 1;
        }
        const Annotation a = *cli.annotations().annotation(*made);
        cli.out(QStringLiteral("annotated  %1  annotation %2%3\n")
                    .arg(args.first())
                    .arg(a.id)
                    .arg(a.page ? QStringLiteral(", page %1").arg(a.page) : QString()));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeAnnotateCommand()
{
    return std::make_unique<AnnotateCommand>();
}

} // namespace kl

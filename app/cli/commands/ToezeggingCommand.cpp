#include "Commands.h"

#include "JsonOutput.h"
#include "fetch/ToezeggingFetch.h"
#include "library/Library.h"
#include "session/LibrarySession.h"
#include "toezeggingen/ToezeggingStore.h"

#include <QEventLoop>
#include <QRegularExpression>

namespace kl {

namespace {

// One toezegging: shown, marked kept by a letter, given a status or deadline, or dismissed as a false detection.
class ToezeggingCommand final : public CliCommand {
public:
    ToezeggingCommand()
        : CliCommand("toezegging",
                     "  toezegging ID [--kept-by LETTER | --dismiss | --status S | --due DATE] [--fetch] [--json]\n"
                     "                                      show one (ID or TZ number), mark it kept, dismiss it, "
                     "set its status or deadline\n",
                     {CliOptions::json(),
                      QCommandLineOption(QStringLiteral("kept-by"), QStringLiteral("The letter that keeps it."),
                                         QStringLiteral("LETTER")),
                      QCommandLineOption(QStringLiteral("dismiss"), QStringLiteral("Not a toezegging.")),
                      QCommandLineOption(QStringLiteral("fetch"),
                                         QStringLiteral("Ask the Kamer's register for it again (a TZ number).")),
                      QCommandLineOption(QStringLiteral("status"), QStringLiteral("open, partly-kept, kept or lapsed."),
                                         QStringLiteral("S")),
                      QCommandLineOption(QStringLiteral("due"), QStringLiteral("Its deadline (YYYY-MM-DD; none)."),
                                         QStringLiteral("DATE"))})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (args.size() != 1)
            return cli.usageError(QStringLiteral("toezegging takes one ID"));
        const int actions =
            int(cli.isSet("kept-by")) + int(cli.isSet("dismiss")) + int(cli.isSet("status")) + int(cli.isSet("due"));
        if (actions > 1)
            return cli.usageError(QStringLiteral("give one of --kept-by, --dismiss, --status and --due"));
        if (!cli.openLibrary())
            return 1;
        std::optional<Toezegging> t = cli.session().toezeggingen().find(args.first());
        // A register number not yet here, or asked again: from the Tweede Kamer.
        static const QRegularExpression number(QStringLiteral("^TZ\\d{6}-\\d+$"),
                                               QRegularExpression::CaseInsensitiveOption);
        if ((!t || cli.isSet("fetch")) && number.match(args.first().trimmed()).hasMatch()) {
            ToezeggingFetch fetch(cli.library(), FetchSources::current());
            QEventLoop loop;
            QObject::connect(&fetch, &ToezeggingFetch::finished, &loop, &QEventLoop::quit);
            fetch.start({}, {args.first()});
            loop.exec();
            for (const QString& e : fetch.errors())
                cli.error(QStringLiteral("Tweede Kamer open data: %1").arg(e));
            if (!fetch.errors().isEmpty())
                return 1;
            t = cli.session().toezeggingen().find(args.first());
        }
        if (!t) {
            cli.error(QStringLiteral("%1: no such toezegging").arg(args.first()));
            return 1;
        }
        Result<void> done;
        if (cli.isSet("kept-by")) {
            const qint64 letter = cli.letterArgument(cli.value("kept-by"));
            if (!letter)
                return 1;
            done = cli.session().markToezeggingKept(t->id, letter);
        } else if (cli.isSet("dismiss")) {
            done = cli.session().dismissToezegging(t->id);
        } else if (cli.isSet("status")) {
            bool ok = false;
            const Toezegging::Status status = Toezegging::statusFromName(cli.value("status"), &ok);
            if (!ok || status == Toezegging::Status::Dismissed)
                return cli.usageError(QStringLiteral("unknown status '%1'").arg(cli.value("status")));
            done = cli.session().setToezeggingStatus(t->id, status);
        } else if (cli.isSet("due")) {
            const QString value = cli.value("due").trimmed();
            const QDate due = QDate::fromString(value, Qt::ISODate);
            if (!due.isValid() && value != QLatin1String("none"))
                return cli.usageError(QStringLiteral("--due takes a date as YYYY-MM-DD, or none"));
            done = cli.session().setToezeggingDeadline(t->id, due);
        }
        if (!done) {
            cli.error(QStringLiteral("toezegging %1: %2").arg(args.first(), done.error().message()));
            return 1;
        }
        const std::optional<Toezegging> now = cli.session().toezeggingen().toezegging(t->id);
        const QDate today = QDate::currentDate();
        if (cli.isSet("json")) {
            cli.out(QString::fromUtf8(
                JsonOutput::print(now ? QJsonValue(now->toJson(today)) : QJsonValue(QJsonValue::Null))));
            return 0;
        }
        if (!now) {
            cli.out(QStringLiteral("deleted toezegging %1\n").arg(t->id));
            return 0;
        }
        cli.out(
            QStringLiteral("%1%2: %3\n%4\n")
                .arg(now->id)
                .arg(now->number.isEmpty() ? QString() : QLatin1Char(' ') + now->number, now->state(today), now->text));
        if (!now->due.isValid() && !now->deadlinePhrase.isEmpty())
            cli.out(QStringLiteral("deadline: %1 (no date)\n").arg(now->deadlinePhrase));
        else if (now->due.isValid())
            cli.out(QStringLiteral("deadline: %1 (%2)\n").arg(now->due.toString(Qt::ISODate), now->deadlinePhrase));
        for (const ToezeggingFulfilment& f : now->keptBy)
            cli.out(QStringLiteral("kept by: %1\n")
                        .arg(f.letterId ? cli.library().letter(f.letterId)->displayTitle() : f.documentNumber));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeToezeggingCommand()
{
    return std::make_unique<ToezeggingCommand>();
}

} // namespace kl

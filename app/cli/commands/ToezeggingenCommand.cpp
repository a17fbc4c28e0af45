#include "Commands.h"

#include "JsonOutput.h"
#include "library/Library.h"
#include "session/LibrarySession.h"
#include "toezeggingen/ToezeggingStore.h"

#include <QJsonArray>

namespace kl {

namespace {

// The toezeggingen of a dossier or of the library, as a list to act on: open ones by default.
class ToezeggingenCommand final : public CliCommand {
public:
    ToezeggingenCommand()
        : CliCommand("toezeggingen",
                     "  toezeggingen [--dossier N] [--status open|overdue|kept|all] [--json]\n"
                     "                                      the commitments found in letters and registered by "
                     "the Kamer, by deadline\n",
                     {CliOptions::json(),
                      QCommandLineOption(QStringLiteral("dossier"), QStringLiteral("Only this dossier's."),
                                         QStringLiteral("N")),
                      QCommandLineOption(QStringLiteral("status"),
                                         QStringLiteral("open (default), overdue, due-soon, kept, lapsed, dismissed "
                                                        "or all."),
                                         QStringLiteral("STATUS"), QStringLiteral("open"))})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (!args.isEmpty())
            return cli.usageError(QStringLiteral("toezeggingen takes no arguments"));
        const QString status = cli.value("status").trimmed().toLower();
        static const QStringList known = {
            QStringLiteral("open"),   QStringLiteral("overdue"),   QStringLiteral("due-soon"), QStringLiteral("kept"),
            QStringLiteral("lapsed"), QStringLiteral("dismissed"), QStringLiteral("all")};
        if (!known.contains(status))
            return cli.usageError(QStringLiteral("unknown status '%1'").arg(status));
        if (!cli.openLibrary())
            return 1;
        ToezeggingRepository::Filter filter;
        filter.dossier = cli.value("dossier");
        filter.dismissed = status == QLatin1String("dismissed");
        const QDate today = QDate::currentDate();
        QList<Toezegging> shown;
        for (const Toezegging& t : cli.session().toezeggingen().list(filter))
            if (matches(t, status, today))
                shown.append(t);
        if (cli.isSet("json")) {
            QJsonArray list;
            for (const Toezegging& t : shown)
                list.append(t.toJson(today));
            cli.out(QString::fromUtf8(JsonOutput::print(list)));
            return 0;
        }
        if (shown.isEmpty()) {
            cli.out(QStringLiteral("no toezeggingen\n"));
            return 0;
        }
        for (const Toezegging& t : shown) {
            const QString due = t.due.isValid() ? t.due.toString(Qt::ISODate) : QStringLiteral("no date");
            const QString where = !t.number.isEmpty() ? t.number
                                  : t.letterId        ? cli.library().letter(t.letterId)->displayTitle()
                                                      : QString();
            cli.out(QStringLiteral("%1  %2  %3  %4\n    %5\n")
                        .arg(QString::number(t.id).rightJustified(4), t.state(today).leftJustified(11),
                             due.leftJustified(10), where, t.text.left(200)));
        }
        return 0;
    }

private:
    static bool matches(const Toezegging& t, const QString& status, const QDate& today)
    {
        if (status == QLatin1String("all"))
            return t.status != Toezegging::Status::Dismissed;
        if (status == QLatin1String("open"))
            return t.isOpen();
        if (status == QLatin1String("overdue"))
            return t.isOverdue(today);
        if (status == QLatin1String("due-soon"))
            return t.isDueSoon(today);
        return Toezegging::statusName(t.status) == status;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeToezeggingenCommand()
{
    return std::make_unique<ToezeggingenCommand>();
}

} // namespace kl

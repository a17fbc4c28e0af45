#include "Commands.h"

#include "JsonOutput.h"
#include "library/FollowedDossiers.h"
#include "library/Library.h"

namespace kl {

namespace {

QJsonValue timeOrNull(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The followed dossiers, with when they were last checked and how many letters are new.
class FollowedCommand final : public CliCommand {
public:
    FollowedCommand()
        : CliCommand("followed", "  followed [--json]                   the followed dossiers\n", {CliOptions::json()})
    {
    }

    int run(CliContext& cli, const QStringList& args) override
    {
        if (!args.isEmpty())
            return cli.usageError(QStringLiteral("followed takes no arguments"));
        if (!cli.openLibrary())
            return 1;
        const QList<FollowedDossier> all = FollowedDossiers(cli.library()).all();
        if (cli.isSet("json")) {
            QJsonArray list;
            for (const FollowedDossier& f : all)
                list.append(QJsonObject{
                    {"dossier", f.dossier.display()},
                    {"number", f.dossier.number},
                    {"addition", f.dossier.addition.isEmpty() ? QJsonValue() : QJsonValue(f.dossier.addition)},
                    {"title", f.dossier.title.isEmpty() ? QJsonValue() : QJsonValue(f.dossier.title)},
                    {"followed", timeOrNull(f.followed)},
                    {"checked", timeOrNull(f.checked)},
                    {"tkCursor", f.tkCursor.isEmpty() ? QJsonValue() : QJsonValue(f.tkCursor)},
                    {"koopCursor", f.koopCursor.isEmpty() ? QJsonValue() : QJsonValue(f.koopCursor)},
                    {"unread", f.unread},
                    {"problem", f.lastError.isEmpty() ? QJsonValue() : QJsonValue(f.lastError)},
                });
            cli.out(QString::fromUtf8(JsonOutput::print(list)));
            return 0;
        }
        for (const FollowedDossier& f : all)
            cli.out(QStringLiteral("%1  %2  %3, %4 new%5\n")
                        .arg(f.dossier.display(), f.dossier.title,
                             f.checked.isValid()
                                 ? QStringLiteral("checked %1").arg(f.checked.toLocalTime().toString(Qt::ISODate))
                                 : QStringLiteral("not checked yet"))
                        .arg(f.unread)
                        .arg(f.lastError.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(f.lastError)));
        return 0;
    }
};

} // namespace

std::unique_ptr<CliCommand> makeFollowedCommand()
{
    return std::make_unique<FollowedCommand>();
}

} // namespace kl

#include "CliApplication.h"

#include "CliCommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QTranslator>

namespace kl {

namespace {

const char* kUsageHead = "Usage: kamerlezer-cli [--library DIR] COMMAND ...\n\nCommands:\n";
const char* kUsageTail = R"(
Colours: yellow (the default), green, blue, pink, orange, red, purple, or #rrggbb.

ID is the internal number or the kstId (kst-19637-3274). The library is DIR, else $KAMERLEZER_LIBRARY,
else the user's data folder. Exit codes: 0 success, 1 some input failed, 2 usage error.
)";

QList<QCommandLineOption> globalOptions()
{
    return {{QStringLiteral("library"), QStringLiteral("The library folder."), QStringLiteral("DIR")},
            {QStringLiteral("lang"), QStringLiteral("The language of the messages (nl, en)."), QStringLiteral("LANG")},
            {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")},
            {QStringLiteral("version"), QStringLiteral("Show the version.")}};
}

QString usage()
{
    QString text = QString::fromLatin1(kUsageHead);
    for (const auto& command : cliCommands())
        text += command->usage();
    return text + QString::fromLatin1(kUsageTail);
}

CliCommand* findCommand(const QString& name)
{
    for (const auto& command : cliCommands())
        if (command->name() == name)
            return command.get();
    return nullptr;
}

// The command's name: the first argument that is neither an option nor an option's value. Options may stand
// before the command's name, so every option that takes a value is known here.
QString commandName(const QStringList& arguments)
{
    QSet<QString> takeValues;
    auto note = [&](const QList<QCommandLineOption>& options) {
        for (const QCommandLineOption& o : options)
            if (!o.valueName().isEmpty())
                for (const QString& n : o.names())
                    takeValues.insert(n);
    };
    note(globalOptions());
    for (const auto& command : cliCommands())
        note(command->options());
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--"))
            return arguments.value(i + 1);
        if (a.size() < 2 || !a.startsWith(QLatin1Char('-')))
            return a;
        const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0);
        if (!a.contains(QLatin1Char('=')) && takeValues.contains(name))
            ++i;
    }
    return QString();
}

// Messages of the core that are translated (Error) and what it prints (briefing packs) follow --lang: the
// translations are in the core's resources (:/i18n), or installed beside the program; without --lang the command
// line speaks English, as its output is a contract.
void installLanguage(const QString& language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    auto* translator = new QTranslator(QCoreApplication::instance());
    for (const QString& folder :
         {QStringLiteral(":/i18n"), QCoreApplication::applicationDirPath(),
          QCoreApplication::applicationDirPath() + QStringLiteral("/../share/kamerlezer/translations")})
        if (translator->load(locale, QStringLiteral("kamerlezer"), QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator);
            return;
        }
    delete translator;
}

} // namespace

int CliApplication::run(const QStringList& arguments)
{
    const QString name = commandName(arguments);
    CliCommand* command = findCommand(name);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kamerlezer: Dutch parliamentary documents from the command line"));
    const QList<QCommandLineOption> global = globalOptions();
    parser.addOptions(global);
    // A command takes its own options and no other's; without a known command every option is heard, so the
    // error is the unknown (or missing) command, not an option.
    if (command) {
        parser.addOptions(command->options());
    } else {
        QSet<QString> added;
        for (const auto& c : cliCommands())
            for (const QCommandLineOption& o : c->options())
                if (!added.contains(o.names().first())) { // --to of search and of link: heard once
                    added.insert(o.names().first());
                    parser.addOption(o);
                }
    }
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    const QString usageText = usage();
    CliContext cli(parser, usageText);
    // `import *` in a folder with a file named "--library=x" must not redirect the import: an argument that is an
    // option and also a file here is refused, and `--` before the file names ends the options.
    for (const QString& argument : arguments.mid(1)) {
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1Char('-')) && QFileInfo::exists(argument))
            return cli.usageError(QStringLiteral("'%1' is an option and also a file here; put -- before the file "
                                                 "names (import -- *) to read it as a file")
                                      .arg(CliContext::shownName(argument)));
    }
    if (!parser.parse(arguments))
        return cli.usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("version"))) {
        CliContext::out(QStringLiteral("kamerlezer-cli %1\n").arg(QStringLiteral(KAMERLEZER_VERSION)));
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliContext::out(command ? command->help(global) : usageText);
        return 0;
    }
    QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return cli.usageError(QStringLiteral("no command given"));
    args.removeFirst();
    if (!command)
        return cli.usageError(QStringLiteral("unknown command '%1'").arg(name));
    if (parser.isSet(QStringLiteral("lang")))
        installLanguage(parser.value(QStringLiteral("lang")));
    return cli.afterCommand(command->run(cli, args));
}

} // namespace kl

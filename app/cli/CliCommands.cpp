#include "commands/Commands.h"

#include <vector>

namespace kl {

const std::vector<std::unique_ptr<CliCommand>>& cliCommands()
{
    static const std::vector<std::unique_ptr<CliCommand>> commands = [] {
        std::vector<std::unique_ptr<CliCommand>> all;
        for (auto make :
             {makeInspectCommand,   makeImportCommand,       makeListCommand,          makeShowCommand,
              makeSearchCommand,    makeAnnotateCommand,     makeLinkCommand,          makeRelatedCommand,
              makeExportPdfCommand, makeExportNotesCommand,  makeImportNotesCommand,   makeImportAnnotationsCommand,
              makePackCommand,      makeEditCommand,         makeRemoveCommand,        makeMergeCommand,
              makeCheckCommand,     makeBackupCommand,       makeRestoreBackupCommand, makeFetchCommand,
              makeFollowCommand,    makeUnfollowCommand,     makeFollowedCommand,      makeUpdateCommand,
              makeVotesCommand,     makeToezeggingenCommand, makeToezeggingCommand})
            all.push_back(make());
        return all;
    }();
    return commands;
}

} // namespace kl

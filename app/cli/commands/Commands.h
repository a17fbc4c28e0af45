#pragma once

#include "CliCommand.h"

#include <memory>

// One function a command, each in its own file: the table in CliCommands.cpp lists them.
namespace kl {
std::unique_ptr<CliCommand> makeInspectCommand();
std::unique_ptr<CliCommand> makeImportCommand();
std::unique_ptr<CliCommand> makeListCommand();
std::unique_ptr<CliCommand> makeShowCommand();
std::unique_ptr<CliCommand> makeSearchCommand();
std::unique_ptr<CliCommand> makeAnnotateCommand();
std::unique_ptr<CliCommand> makeLinkCommand();
std::unique_ptr<CliCommand> makeRelatedCommand();
std::unique_ptr<CliCommand> makeExportPdfCommand();
std::unique_ptr<CliCommand> makeExportNotesCommand();
std::unique_ptr<CliCommand> makeImportNotesCommand();
std::unique_ptr<CliCommand> makeImportAnnotationsCommand();
std::unique_ptr<CliCommand> makePackCommand();
std::unique_ptr<CliCommand> makeCheckCommand();
std::unique_ptr<CliCommand> makeBackupCommand();
std::unique_ptr<CliCommand> makeRestoreBackupCommand();
std::unique_ptr<CliCommand> makeFetchCommand();
std::unique_ptr<CliCommand> makeFollowCommand();
std::unique_ptr<CliCommand> makeUnfollowCommand();
std::unique_ptr<CliCommand> makeFollowedCommand();
std::unique_ptr<CliCommand> makeUpdateCommand();
std::unique_ptr<CliCommand> makeVotesCommand();
std::unique_ptr<CliCommand> makeEditCommand();
std::unique_ptr<CliCommand> makeRemoveCommand();
std::unique_ptr<CliCommand> makeMergeCommand();
std::unique_ptr<CliCommand> makeToezeggingenCommand();
std::unique_ptr<CliCommand> makeToezeggingCommand();
} // namespace kl

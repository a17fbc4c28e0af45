#pragma once

#include <QStringList>

namespace kl {

// kamerlezer-cli: a thin shell over the core for scripts and servers (DESIGN.md section 6). Parses the global
// options (--library, --lang, --version, --help), finds the command (CliCommand, one class a command, each
// with its own options) and runs it. Exit codes: 0 success, 1 some input failed, 2 usage error.
class CliApplication {
public:
    int run(const QStringList& arguments);
};

} // namespace kl

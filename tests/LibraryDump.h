#pragma once

#include <string>

namespace kl {
class Library;
}

// Every row of every table but the full-text indexes' own (their segments differ after a rebuild), sorted (a
// table without an id of its own numbers its rows anew), in one text: two equal dumps are two equal libraries.
std::string libraryDump(kl::Library& library);

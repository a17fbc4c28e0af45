#pragma once

namespace kl {

// Poppler reports every damaged object of a PDF on stderr ("Error: Couldn't find trailer dictionary"); Kamerlezer
// says in one line what is wrong with the file instead. Process-wide, so both programs call it at start and the
// importer before its first PDF.
class PopplerMessages {
public:
    static void silence();
};

} // namespace kl

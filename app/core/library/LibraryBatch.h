#pragma once

namespace kl {

class Library;

// Gathers the change notices of a run of changes (an import of many files, an undo macro) into one, sent
// when the outermost batch ends: listeners re-read once, not once per file. Zotero's notifier begin/commit.
class LibraryBatch {
public:
    explicit LibraryBatch(Library& library);
    ~LibraryBatch();
    LibraryBatch(const LibraryBatch&) = delete;
    LibraryBatch& operator=(const LibraryBatch&) = delete;

private:
    Library& m_library;
};

} // namespace kl

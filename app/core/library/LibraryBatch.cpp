#include "LibraryBatch.h"

#include "Library.h"

namespace kl {

LibraryBatch::LibraryBatch(Library& library)
    : m_library(library)
{
    m_library.beginBatch();
}

LibraryBatch::~LibraryBatch()
{
    m_library.endBatch();
}

} // namespace kl

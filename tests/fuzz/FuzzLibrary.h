#pragma once

#include "library/Library.h"

#include <memory>

// A library in a temporary folder with the fixture letter tests/data/letter.pdf, for the targets that anchor
// annotations in a letter. Made once; the inputs only read it.
struct FuzzLibrary {
    std::unique_ptr<kl::Library> library;
    qint64 letterId = 0;

    static FuzzLibrary& instance();
};

#pragma once

#include <QStringList>

namespace kl {

// The sample letters shipped with the program, offered when the library is empty: in the source tree for a
// build that was not installed, in <prefix>/share/kamerlezer/samples for an installed one.
class SampleLetters {
public:
    static QString folder(); // empty when there are none
    static QStringList files();
};

} // namespace kl

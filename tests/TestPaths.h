#pragma once

#include <QString>

// Where tests find their files, and a notice when the real corpus is not there.
namespace TestPaths {
QString data(const QString& name);               // tests/data/<name>
QString corpus(const QString& name = QString()); // ../shared/corpus/<name>, or empty when absent
bool haveCorpus();                               // says so on stderr, once, when the corpus is missing
QString cli();                                   // the kamerlezer-cli binary
} // namespace TestPaths

#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares: a QCoreApplication (the SQLite driver is a plugin), made by LLVMFuzzerInitialize
// in FuzzMain.cpp before the first input, and the input as a QByteArray.
inline QByteArray fuzzInput(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

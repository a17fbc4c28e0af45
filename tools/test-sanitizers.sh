#!/usr/bin/env bash
# Builds Kamerlezer under AddressSanitizer and UBSan (the asan preset, build/asan) and runs every test there:
# a use after free, an overflow or any undefined behaviour aborts the test that causes it. CI runs it after
# tools/test.sh. Leak reports are off for the suite (Qt and fontconfig keep caches until exit).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan --timeout 900 "$@"

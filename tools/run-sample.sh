#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds Kamerlezer and opens it on a library of the sample letters.
# Usage: tools/run-sample.sh [extra files to open]
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
cmake --preset release >/dev/null
cmake --build --preset release
library="${KAMERLEZER_SAMPLE_LIBRARY:-${XDG_DATA_HOME:-$HOME/.local/share}/kamerlezer-sample-library}"
echo "Sample library: $library"
# The samples are imported on the way in; importing them again changes nothing.
build/release/app/cli/kamerlezer-cli --library "$library" import resources/samples
# Opens the first sample letter; any files given are imported and opened too.
exec build/release/app/kamerlezer --library "$library" resources/samples/kst-19637-9001__voorbeeldbrief-asielbeleid.txt "$@"

#!/usr/bin/env bash
# Builds a Release and prints the benchmark figures. Needs ../shared/corpus for the real documents.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
cmake --preset release >/dev/null
cmake --build --preset release --target bench-import
build/release/bench/bench-import "$@"

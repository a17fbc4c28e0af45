#!/usr/bin/env bash
# Builds a Release and prints the benchmark figures. The real documents come from ../shared/corpus.
# Usage: tools/bench.sh [LETTERS]   (size of the generated library, default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
cmake --preset release >/dev/null
cmake --build --preset release --target bench-import bench-annotations generate-library bench-search
letters="${1:-10000}"
big="$(mktemp -d)/library"
trap 'rm -rf "$(dirname "$big")"' EXIT
echo "== import"
build/release/bench/bench-import
echo "== annotations"
build/release/bench/bench-annotations 2>/dev/null
echo "== generated library ($letters letters, $((letters * 2)) annotations)"
build/release/bench/generate-library "$big" "$letters" $((letters * 2))
echo "== search"
build/release/bench/bench-search "$big"

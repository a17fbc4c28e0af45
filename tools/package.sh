#!/usr/bin/env bash
# Builds the Debian package (Release) into build/release: kamerlezer_<version>_<arch>.deb.
# Install it with: sudo apt-get install ./build/release/kamerlezer_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
cmake --preset release -DKAMERLEZER_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release --target kamerlezer kamerlezer-cli
(cd build/release && cpack -G DEB >/dev/null)
ls build/release/kamerlezer_*.deb

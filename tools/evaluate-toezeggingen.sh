#!/usr/bin/env bash
# Recall and precision of toezegging detection against the hand labels (tests/data/toezeggingen/labels.json) over
# the real documents of ../shared. --verbose lists what was missed and what was found beside the labels.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset debug >/dev/null
cmake --build --preset debug --target evaluate-toezeggingen >/dev/null
QT_QPA_PLATFORM=offscreen build/debug/tests/core/evaluate-toezeggingen "$@"

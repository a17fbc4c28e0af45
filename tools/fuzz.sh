#!/usr/bin/env bash
# Builds the fuzz targets (clang, libFuzzer, AddressSanitizer and UBSan; build/fuzz) and runs each for SECONDS
# (default 60) on a seed corpus made from tests/data and ../shared/corpus*. A crash, a leak, an input that takes
# over 10 s or over 2 GB fails the run; libFuzzer leaves the input beside the target as crash-*, leak-*,
# timeout-* or oom-*: keep it as a regression test under tests/data/fuzz/<target>/.
# Usage: tools/fuzz.sh [SECONDS] [TARGET...]   (targets: TextImport KoopXml Metadata References Anchor W3c
#        PdfAnnotations Toezeggingen)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(TextImport KoopXml Metadata References Anchor W3c PdfAnnotations Toezeggingen)
tools/install-dependencies.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seeds() { # target -> the files its seed corpus starts from
    case "$1" in
    TextImport | Metadata | References | Toezeggingen) ls tests/data/*.txt ../shared/corpus*/txt/* 2>/dev/null || true ;;
    KoopXml) ls tests/data/*.xml ../shared/corpus*/xml/* 2>/dev/null || true
             find ../shared/opendata -name '*.xml' 2>/dev/null | head -200 ;;
    Anchor) ls tests/data/fuzz/Anchor/* 2>/dev/null || true ;;
    W3c) ls tests/data/*.json tests/data/fuzz/W3c/* 2>/dev/null || true ;;
    PdfAnnotations) ls tests/data/*.pdf 2>/dev/null || true ;;
    esac
    return 0 # a glob that matches nothing is no error
}
failed=0
for target in "${targets[@]}"; do
    corpus="$work/$target"
    mkdir -p "$corpus"
    # Seeds over 256 KB only slow the fuzzer down; the big corpus files are covered by the tests.
    seeds "$target" | while read -r f; do
        [ -f "$f" ] && [ "$(stat -c %s "$f")" -le 262144 ] && cp "$f" "$corpus/" || true
    done
    # Inputs that once failed are replayed first: they must pass now.
    if [ -d "tests/data/fuzz/$target" ]; then
        cp tests/data/fuzz/"$target"/* "$corpus/" 2>/dev/null || true
    fi
    echo "== fuzz-$target: ${seconds} s on $(ls "$corpus" | wc -l) seeds"
    if ! (cd "$work" && ASAN_OPTIONS=detect_leaks=1 QT_QPA_PLATFORM=offscreen \
        "$OLDPWD/build/fuzz/tests/fuzz/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$OLDPWD/build/fuzz/fuzz-$target-" "$corpus" \
        2>"$work/$target.log"); then
        tail -40 "$work/$target.log"
        echo "fuzz-$target FAILED: the input is build/fuzz/fuzz-$target-*"
        failed=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$target.log" | tr '\n' ' '
        echo
    fi
done
exit "$failed"

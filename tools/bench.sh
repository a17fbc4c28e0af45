#!/usr/bin/env bash
# Builds a Release, measures Kamerlezer beside Poppler's own tools and qpdfview, prints a table and writes it to
# bench/RESULTS.md. The real documents come from ../shared/corpus. Usage: tools/bench.sh [LETTERS] (default 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-dependencies.sh
extra=()
for p in qpdfview xdotool; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || extra+=("$p"); done
if [ ${#extra[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${extra[@]}" >/dev/null
fi
cmake --preset release >/dev/null
cmake --build --preset release --target kamerlezer kamerlezer-cli bench-import bench-annotations generate-library \
    bench-search bench-export bench-references bench-import-window bench-input-size >/dev/null

letters="${1:-10000}"
corpus=../shared/corpus
rp="$corpus/pdf/regeerprogramma-2024-09-13__uitwerking-hoofdlijnenakkoord.pdf"
app=build/release/app/kamerlezer
cli=build/release/app/cli/kamerlezer-cli
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export QT_LOGGING_RULES="qt.qpa.*=false" XDG_RUNTIME_DIR="$work/xdg"
mkdir -m 700 "$XDG_RUNTIME_DIR"
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
gui() { xvfb-run -a -s "-screen 0 1600x1000x24" env "$@" 2>/dev/null; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "-" }'; }

echo "== import"
import_out=$(build/release/bench/bench-import "$rp" 7)
echo "$import_out"
pdftotext_ms=$(echo "$import_out" | awk '/pdftotext \(reference\)/ {print $(NF-1)}')
import_ms=$(echo "$import_out" | awk '/Library::importFile/ {print $(NF-3)}')

echo "== import in the window against the CLI (2,000 generated letters)"
window_out=$(build/release/bench/bench-import-window 2000)
echo "$window_out"
window_ratio=$(echo "$window_out" | grep 'window: ImportController, MainWindow shown' | grep -oE '[0-9.]+x the CLI' | grep -oE '[0-9.]+x')
window_growth=$(echo "$window_out" | grep -A2 '^the second' | grep 'window' | grep -oE 'growth [0-9.]+x' | grep -oE '[0-9.]+x')
cli_growth=$(echo "$window_out" | grep -A2 '^the second' | grep 'kamerlezer-cli' | grep -oE 'growth [0-9.]+x' | grep -oE '[0-9.]+x')

echo "== first page painted"
"$cli" --library "$work/rp" import "$rp" >/dev/null
paint_ms=$(for i in 1 2 3 4 5; do gui KAMERLEZER_BENCH_FIRST_PAINT=1 "$app" --library "$work/rp" "$rp" | awk '/first-paint-ms/ {print $2}'; done | median)
pdftoppm_ms=$(for i in 1 2 3 4 5; do ms pdftoppm -r 96 -f 1 -l 1 -png "$rp" "$work/page"; done | median)

echo "== start-up"
mkdir -p "$work/empty"
start_empty=$(for i in 1 2 3 4 5; do gui KAMERLEZER_BENCH_STARTUP=1 "$app" --library "$work/empty" | awk '/startup-ms/ {print $2}'; done | median)
gen_out=$(build/release/bench/generate-library "$work/big" "$letters" $((letters * 2)))
echo "$gen_out"
import_rate=$(echo "$gen_out" | awk '/letters\/s/ {for (i=1;i<=NF;i++) if ($i ~ /letters\/s/) print $(i-1)}')
start_big=$(for i in 1 2 3 4 5; do gui KAMERLEZER_BENCH_STARTUP=1 "$app" --library "$work/big" | awk '/startup-ms/ {print $2}'; done | median)

echo "== search"
search_out=$(build/release/bench/bench-search "$work/big")
echo "$search_out"
p50=$(echo "$search_out" | awk '/query latency/ {print $4}')
p95=$(echo "$search_out" | awk '/query latency/ {print $7}')
rel95=$(echo "$search_out" | awk '/related passages/ {print $7}')
index=$(echo "$search_out" | awk '/FTS index/ {print $3 " MB for " $6 " MB text"}')

echo "== annotations"
ann_out=$(build/release/bench/bench-annotations "$rp" 2>/dev/null)
echo "$ann_out"
open_ratio=$(echo "$ann_out" | grep '1,000 annotations' | grep -oE '[0-9.]+x' | head -1)
store_ms=$(echo "$ann_out" | awk '/store one annotation/ {print $4}')

echo "== export and pack"
for q in "De omvang van migratie" "Opt-out clausule" "woningbouw" "regeldruk" "stikstof"; do
    "$cli" --library "$work/rp" annotate 1 --quote "$q" --note "bench" >/dev/null 2>&1 || true
done
export_ms=$(for i in 1 2 3; do ms "$cli" --library "$work/rp" export-pdf 1 "$work/export.pdf"; done | median)
pack_ms="-"
if "$cli" --help 2>&1 | grep -q "^  pack"; then
    "$cli" --library "$work/rp" import "$corpus" >/dev/null 2>&1 || true
    pack_ms=$(for i in 1 2 3; do ms "$cli" --library "$work/rp" pack 1 kst-19637-3274 kst-29515-496 kst-36450-3 --output "$work/pack.pdf"; done | median)
fi

export_out=$(build/release/bench/bench-export "$rp" 2>/dev/null)
echo "$export_out"
export200_ms=$(echo "$export_out" | awk '/annotated PDF/ {print $(NF-4)}')
pack20_ms=$(echo "$export_out" | awk '/briefing pack/ {print $(NF-4)}')
pack20_pages=$(echo "$export_out" | grep -oE '[0-9]+ pages' | head -1)

echo "== references"
refs_out=$(build/release/bench/bench-references "$rp")
echo "$refs_out"
rel2k95=$(echo "$refs_out" | awk '/related passages/ {print $7}')
scan_ms=$(echo "$refs_out" | awk '/scanner/ {print $5}')
scan_ratio=$(echo "$refs_out" | grep scanner | grep -oE '\([0-9.]+x\)' | tr -d '()')

echo "== input size: 1 to 16 MB of text and XML dense with references"
size_out=$(build/release/bench/bench-input-size 16)
echo "$size_out"

echo "== memory: 10 tabs, the Regeerprogramma scrolled through"
tabs=("$rp" $(ls "$corpus"/pdf/*.pdf | grep -v regeerprogramma | head -9))
rss=$(gui KAMERLEZER_BENCH_SCROLL=1 "$app" --library "$work/rp" "${tabs[@]}" | awk '/peak-rss-mb/ {print $2}')
rss150=$(gui KAMERLEZER_BENCH_SCROLL=1 KAMERLEZER_BENCH_ZOOM=1.5 "$app" --library "$work/rp" "$rp" | awk '/peak-rss-mb/ {print $2}')

echo "== qpdfview (Debian's Qt reader on Poppler)"
qpdf_start="-"; qpdf_rss="-"
if command -v qpdfview >/dev/null && command -v xdotool >/dev/null; then
    qpdf_run() {
        xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
            s=$(date +%s%N); qpdfview "$1" >/dev/null 2>&1 & pid=$!
            timeout 60 xdotool search --sync --onlyvisible --name "regeerprogramma" >/dev/null 2>&1; e=$(date +%s%N)
            sleep 2; rss=$(awk "/VmHWM/ {print int(\$2/1024)}" /proc/$pid/status); kill $pid
            echo $(((e - s) / 1000000)) $rss' _ "$1"
    }
    qpdf_start=$(for i in 1 2 3; do qpdf_run "$rp" | awk '{print $1}'; done | median) || true
    qpdf_rss=$(qpdf_run "$rp" | awk '{print $2}') || true
fi

echo "== follow a dossier from the replay server, against import of the same files from disk"
follow_out=$(bench/follow-benchmark.py 5)
echo "$follow_out"

machine="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(uname -sr)"
table=$(cat <<EOT
| what | Kamerlezer | reference | ratio | target |
|---|---|---|---|---|
| import of the Regeerprogramma (138 pages) | ${import_ms} ms | pdftotext ${pdftotext_ms} ms | $(ratio "$import_ms" "$pdftotext_ms") | at most 1.2x |
| start to first page painted (Regeerprogramma) | ${paint_ms} ms | pdftoppm -r 96 page 1: ${pdftoppm_ms} ms; qpdfview window: ${qpdf_start} ms | $(ratio "$paint_ms" "$pdftoppm_ms") | at most 1.5x |
| start-up to a usable window, empty library | ${start_empty} ms | | | under 1 s |
| start-up to a usable window, ${letters} letters | ${start_big} ms | | | under 1 s |
| import rate, generated letters | ${import_rate} letters/s | | | |
| import of 2,000 generated letters in the window (ImportController) | ${window_ratio} of the CLI | kamerlezer-cli import | ${window_ratio} | at most 1.2x |
| second 1,000 into a library of 1,000, against the first 1,000 | window ${window_growth}, CLI ${cli_growth} | | | about 1x |
| search at ${letters} letters, p50 / p95 | ${p50} / ${p95} ms | | | p95 under 20 ms |
| related passages at ${letters} letters, p95 | ${rel95} ms | | | |
| related passages at 2,000 letters + Regeerprogramma, p95 | ${rel2k95} ms | | | p95 under 50 ms |
| reference scanner on the Regeerprogramma's text | ${scan_ms} ms | reading that text ${scan_ratio} faster | ${scan_ratio} | |
| FTS index size | ${index} | | | |
| open the Regeerprogramma with 1,000 annotations | ${open_ratio} of without | | | at most 1.2x |
| store one annotation (median) | ${store_ms} ms | | | under 5 ms |
| export annotated PDF, Regeerprogramma with 5 / 200 annotations | ${export_ms} / ${export200_ms} ms | | | |
| briefing pack, 3 corpus letters / dossier of 20 letters (${pack20_pages}) | ${pack_ms} / ${pack20_ms} ms | | | |
| peak memory, 10 tabs, Regeerprogramma scrolled | ${rss} MB | qpdfview, Regeerprogramma open: ${qpdf_rss} MB | | under 300 MB |
| peak memory, Regeerprogramma scrolled at 150% | ${rss150} MB | | | under 400 MB |
EOT
)
echo
echo "$table"
{
    echo "# Benchmark results"
    echo
    echo "Measured $(date -u +%Y-%m-%d) on $machine by \`tools/bench.sh\` (Release build, medians; GUI runs under Xvfb)."
    echo
    echo "$table"
    echo
    echo "## Following a dossier: \`bench/follow-benchmark.py\`"
    echo
    echo "Server CPU: the replay server's own (Python, one core under the GIL) during the run. As is, the server sends a"
    echo "response's headers and body in two writes, and on a reused keep-alive connection the body waits about 40 ms"
    echo "for the client's delayed ACK (Nagle): that, not Kamerlezer, is most of the follow's wall time. With TCP_NODELAY"
    echo "the follow costs the import plus its own extra CPU (HTTP, KOOP's record stored in a second transaction, votes)."
    echo
    echo '```'
    echo "$follow_out"
    echo '```'
    echo
    echo "## Input size"
    echo
    echo '```'
    echo "$size_out"
    echo '```'
} > bench/RESULTS.md
echo "written to bench/RESULTS.md"

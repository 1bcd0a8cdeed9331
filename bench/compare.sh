#!/usr/bin/env bash
# Runs, on the same corpus, vbgraph build, a plain ripgrep scan with a comparable reference
# pattern, and the Python baseline (bench/baseline.py); prints wall time, peak memory and the
# ratios, with the machine's core count.
#
# usage: bench/compare.sh CORPUS [--no-baseline] [--cold]
#   CORPUS        a folder of .txt documents (e.g. the docs/ of a gen_corpus output)
#   --no-baseline skip the Python baseline (it takes minutes on 1 GB)
#   --cold        empty the page cache before each tool (as after a reboot: the files are read
#                 from disk); needs root (writes /proc/sys/vm/drop_caches). Default: warm, the
#                 corpus read once before the tools so that each reads it from memory
# env: VBGRAPH=path/to/vbgraph (default target/release/vbgraph, built when missing)
#      KEEP=1 keeps the temporary folder with the outputs
set -euo pipefail

usage() { sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ $# -ge 1 ] || usage
CORPUS=$1
shift
RUN_BASELINE=1
COLD=0
for a in "$@"; do
  case $a in
    --no-baseline) RUN_BASELINE=0 ;;
    --cold) COLD=1 ;;
    *) usage ;;
  esac
done
[ -d "$CORPUS" ] || { echo "compare.sh: no folder $CORPUS" >&2; exit 2; }

ROOT=$(cd "$(dirname "$0")/.." && pwd)
VB=${VBGRAPH:-$ROOT/target/release/vbgraph}
if [ ! -x "$VB" ]; then
  echo "building vbgraph (cargo build --release) ..." >&2
  (cd "$ROOT" && cargo build --release -q)
fi
if [ ! -x /usr/bin/time ]; then
  echo "compare.sh needs GNU time (/usr/bin/time -v): apt-get install time" >&2
  exit 1
fi
HAVE_RG=1
if ! command -v rg >/dev/null 2>&1; then
  echo "note: ripgrep (rg) is not installed (apt-get install ripgrep); its row is left out" >&2
  HAVE_RG=0
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/vbgraph-compare.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "outputs kept in $TMP" >&2; else trap 'rm -rf "$TMP"' EXIT; fi

# The reference shape vbgraph reads, as one regex: type word, optional `số`, number-symbol
# (State `45/KH-UBND`, legal `30/2020/NĐ-CP`, Party `29-NQ/TW`), optional `ngày dd/mm/yyyy`.
TYPES='nghị quyết|kết luận|chỉ thị|chương trình hành động|chương trình|kế hoạch|quyết định|quy định|nghị định|thông tư|luật|hướng dẫn|đề án|thông báo|báo cáo|công văn'
PATTERN="(?i:${TYPES})\s+(?:(?i:số)\s+)?\d{1,5}(?:/\d{4})?\s*[-/]\s*\p{L}[\p{L}\d]*(?:[-/]\p{L}[\p{L}\d]*)*(?:,?\s+(?i:ngày)\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})?"

files=$(find "$CORPUS" -type f -name '*.txt' | wc -l)
bytes=$(find "$CORPUS" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s+0}')
cores=$(nproc)
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)

# Warm: the page cache holds the corpus, so that every tool reads the same bytes from memory.
# Cold: it is emptied before each tool (files, folders and inodes), which then reads from disk.
if [ $COLD = 1 ]; then
  if ! { sync && echo 3 >/proc/sys/vm/drop_caches; } 2>/dev/null; then
    echo "compare.sh: --cold empties the page cache through /proc/sys/vm/drop_caches, which needs root; run it as root or leave --cold out" >&2
    exit 1
  fi
else
  find "$CORPUS" -type f -name '*.txt' -print0 | xargs -0 cat >/dev/null
fi
cold() { if [ $COLD = 1 ]; then sync && echo 3 >/proc/sys/vm/drop_caches; fi; }

# measure NAME CMD...: wall seconds and peak RSS (KB) into $TMP/NAME.{time,out,err}
measure() {
  local name=$1
  shift
  if ! /usr/bin/time -v -o "$TMP/$name.time" "$@" >"$TMP/$name.out" 2>"$TMP/$name.err"; then
    echo "compare.sh: $name failed; its stderr:" >&2
    tail -n 20 "$TMP/$name.err" >&2
    return 1
  fi
}
wall() { # h:mm:ss or m:ss.cc -> seconds
  awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$TMP/$1.time" |
    awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'
}
rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$TMP/$1.time"; }

echo "corpus: $CORPUS  ($files files, $(awk -v b="$bytes" 'BEGIN {printf "%.1f MB", b/1e6}'))"
echo "machine: $cores cores (nproc)${cpu:+, $cpu}"
if [ $COLD = 1 ]; then echo "page cache: emptied before each tool (--cold)"; else echo "page cache: warm (the corpus read once before)"; fi
echo

cold
measure vbgraph "$VB" build "$CORPUS" --out "$TMP/graph" -q
vb_note=$(grep -m1 '^read ' "$TMP/vbgraph.out" "$TMP/vbgraph.err" 2>/dev/null | sed 's/^[^:]*://' | sed 's/^read //' || true)

if [ $HAVE_RG = 1 ]; then
  cold
  measure rg rg --no-filename --count-matches --glob '*.txt' -e "$PATTERN" "$CORPUS" || true
  rg_note="$(awk '{s+=$1} END {print s+0}' "$TMP/rg.out") reference matches"
fi
if [ $RUN_BASELINE = 1 ]; then
  cold
  measure baseline python3 "$ROOT/bench/baseline.py" "$CORPUS" --out "$TMP/baseline.json"
  bl_note=$(grep -m1 '^baseline:' "$TMP/baseline.out" | sed 's/^baseline: //; s/; wrote.*//')
fi

row() { printf '%-10s %10s %12s   %s\n' "$@"; }
row tool "wall s" "peak RSS MB" result
row vbgraph "$(wall vbgraph)" "$(rss_mb vbgraph)" "${vb_note:-}"
[ $HAVE_RG = 1 ] && row rg "$(wall rg)" "$(rss_mb rg)" "$rg_note"
[ $RUN_BASELINE = 1 ] && row baseline "$(wall baseline)" "$(rss_mb baseline)" "$bl_note"
echo

vb=$(wall vbgraph)
mb=$(awk -v b="$bytes" -v t="$vb" 'BEGIN { if (t > 0) printf "%.1f", b/1e6/t; else print "-" }')
echo "vbgraph: $mb MB/s on $cores cores"
if [ $HAVE_RG = 1 ]; then
  awk -v a="$vb" -v b="$(wall rg)" 'BEGIN { if (b > 0) printf "vbgraph / rg       = %.2fx the time of a plain regex scan (goal <= 2)\n", a/b }'
fi
if [ $RUN_BASELINE = 1 ]; then
  awk -v a="$(wall baseline)" -v b="$vb" 'BEGIN { if (b > 0) printf "baseline / vbgraph = %.1fx (vbgraph is that many times faster; goal >= 30)\n", a/b }'
fi
echo "vbgraph peak memory: $(rss_mb vbgraph) MB (goal < 1024 on a 1 GB corpus)"

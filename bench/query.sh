#!/usr/bin/env bash
# Query latency on a large index, as a person sees it: the wall time of whole `vbgraph`
# processes (start, map the index, answer, exit), median of N runs per query.
#
# usage: bench/query.sh [--docs N] [--runs R] [--graph DIR] [QUERY ...]
#   --docs N    size of the generated index (default 1000000); generated once into
#               ${TMPDIR:-/tmp}/vbgraph-g<N> by examples/gen_graph.rs (about 30 s and 3.5 GB
#               of disk for a million documents)
#   --graph DIR query an existing graph folder (graph.json + graph.idx) instead
#   --runs R    runs per query (default 10)
#   QUERY       queries for `vbgraph implements` (default: a few typical ones)
# env: VBGRAPH=path/to/vbgraph (default target/release/vbgraph, built when missing)
set -euo pipefail

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
DOCS=1000000
RUNS=10
GRAPH=
QUERIES=()
while [ $# -gt 0 ]; do
  case $1 in
    --docs) DOCS=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --graph) GRAPH=$2; shift 2 ;;
    -h|--help) usage ;;
    *) QUERIES+=("$1"); shift ;;
  esac
done
ROOT=$(cd "$(dirname "$0")/.." && pwd)
VB=${VBGRAPH:-$ROOT/target/release/vbgraph}
if [ ! -x "$VB" ] || [ -z "$GRAPH" ]; then
  (cd "$ROOT" && cargo build --release -q --bin vbgraph --example gen_graph)
fi
if [ -z "$GRAPH" ]; then
  GRAPH=${TMPDIR:-/tmp}/vbgraph-g$DOCS
  if ! "$VB" implements "vn/tw/nq-tw/2015/1" --graph "$GRAPH" >/dev/null 2>&1; then
    echo "generating an index of $DOCS documents in $GRAPH ..." >&2
    "$ROOT/target/release/examples/gen_graph" --docs "$DOCS" --seed 1 --out "$GRAPH" >&2
  fi
fi
[ -f "$GRAPH/graph.idx" ] || { echo "query.sh: no graph.idx in $GRAPH (run vbgraph build)" >&2; exit 1; }
if [ ${#QUERIES[@]} -eq 0 ]; then
  # A central resolution, a provincial programme, a provincial plan by id and by short form.
  QUERIES=("NQ 5/2015" "vn/tw/nq-tw/2010/3" "CTr 10/2015 Lạng Sơn" "KH 156/2019 Lạng Sơn" "vn/lang-son/kh-ubnd/2019/156")
fi
echo "index: $GRAPH ($(du -h "$GRAPH/graph.idx" | cut -f1) graph.idx); $(nproc) cores; $RUNS runs each"
python3 - "$VB" "$GRAPH" "$RUNS" "${QUERIES[@]}" <<'PY'
import statistics, subprocess, sys, time
vb, graph, runs, queries = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
print(f"{'query':<32} {'median ms':>10} {'min':>7} {'max':>7}  exit  output")
for q in queries:
    times, out, code = [], b"", 0
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run([vb, "implements", q, "--graph", graph], capture_output=True)
        times.append((time.perf_counter() - t) * 1000)
        out, code = p.stdout, p.returncode
    last = (out.decode().strip().splitlines() or ["(no output)"])[-1][:60]
    print(f"{q:<32} {statistics.median(times):>10.1f} {min(times):>7.1f} {max(times):>7.1f}  {code:>4}  {last}")
PY

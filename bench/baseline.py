#!/usr/bin/env python3
"""The afternoon baseline: what an analyst writes with `re` and networkx to get a citation graph
out of a folder of Vietnamese official documents. It is the yardstick of bench/compare.sh.

usage: baseline.py CORPUS [--out FILE]      (default FILE: baseline_graph.json)

- reads every .txt under CORPUS;
- its own number: the first `Số:` line (and the year of the first `ngày .. tháng .. năm ....`);
- references: one regex, type word + optional `số` + number-symbol + optional `ngày dd/mm/yyyy`;
- a node is `number-symbol@year` when a date gives the year, else `number-symbol` (so the same
  number of two provinces is one node: the analyst's shortcut);
- an edge from the file's own document to every reference in it;
- writes the graph as JSON and prints the elapsed seconds.

Uses networkx when it is installed, else a plain dict of sets (and says so).
"""
import json
import os
import re
import sys
import time

T0 = time.perf_counter()

try:
    import networkx as nx
except ImportError:  # pragma: no cover - depends on the machine
    nx = None

TYPES = (
    "Nghị quyết|Kết luận|Chỉ thị|Chương trình hành động|Chương trình|Kế hoạch|Quyết định|"
    "Quy định|Nghị định|Thông tư|Luật|Hướng dẫn|Đề án|Thông báo|Báo cáo|Công văn"
)
REF = re.compile(
    r"(?:" + TYPES + r")\s+(?:số\s+)?"
    r"(\d{1,5}(?:/\d{4})?[-/][^\W_]+(?:[-/][^\W_]+)*)"
    r"(?:\s+ngày\s+(\d{1,2})[/-](\d{1,2})[/-](\d{4}))?",
    re.IGNORECASE,
)
OWN = re.compile(r"^\s*Số:?\s*(\d{1,5}(?:/\d{4})?[-/][^\W_]+(?:[-/][^\W_]+)*)", re.MULTILINE)
OWN_YEAR = re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(\d{4})")


def node_id(numsym, year):
    return f"{numsym}@{year}" if year else numsym


class DictGraph:
    """What networkx would do here, in a dict."""

    def __init__(self):
        self.nodes = {}
        self.adj = {}

    def add_node(self, n, **attrs):
        self.nodes.setdefault(n, {}).update(attrs)

    def add_edge(self, a, b, **attrs):
        self.add_node(a)
        self.add_node(b)
        self.adj.setdefault(a, {})[b] = attrs

    def number_of_nodes(self):
        return len(self.nodes)

    def number_of_edges(self):
        return sum(len(v) for v in self.adj.values())

    def dump(self):
        return {
            "nodes": [{"id": n, **a} for n, a in self.nodes.items()],
            "edges": [{"from": a, "to": b, **e} for a, bs in self.adj.items() for b, e in bs.items()],
        }


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 2
    corpus = argv[1]
    out = "baseline_graph.json"
    if "--out" in argv:
        out = argv[argv.index("--out") + 1]
    if nx is None:
        print("baseline: networkx is not installed; using a plain dict graph", file=sys.stderr)
        g = DictGraph()
    else:
        g = nx.DiGraph()

    files = refs = 0
    for root, dirs, names in os.walk(corpus):
        dirs.sort()
        for name in sorted(names):
            if not name.endswith(".txt"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
            files += 1
            rel = os.path.relpath(path, corpus)
            own = None
            m = OWN.search(text)
            if m:
                y = OWN_YEAR.search(text)
                own = node_id(m.group(1), y.group(1) if y else None)
                g.add_node(own, source=rel)
            for r in REF.finditer(text):
                numsym, d, mo, y = r.groups()
                target = node_id(numsym, y)
                refs += 1
                if target == own:
                    continue
                if target not in g.nodes:
                    g.add_node(target)
                if own:
                    g.add_edge(own, target, file=rel)

    if nx is not None:
        data = {
            "nodes": [{"id": n, **a} for n, a in g.nodes(data=True)],
            "edges": [{"from": a, "to": b, **e} for a, b, e in g.edges(data=True)],
        }
    else:
        data = g.dump()
    with open(out, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)
    elapsed = time.perf_counter() - T0
    print(
        f"baseline: {files} files, {refs} references, {g.number_of_nodes()} nodes, "
        f"{g.number_of_edges()} edges ({'networkx' if nx else 'dict graph'}); wrote {out}"
    )
    print(f"elapsed {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

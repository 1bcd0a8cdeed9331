#!/usr/bin/env python3
"""Writes districts.tsv, the district-level units of Viet Nam before the reform of 1 July 2025.

Source: the General Statistics Office's list of administrative units (danhmuchanhchinh.gso.gov.vn)
as packaged in the PyPI package vietnam-provinces 0.6.0 (its data/nested-divisions.json):

    pip download --no-deps 'vietnam-provinces==0.6.0' && unzip vietnam_provinces-0.6.0-*.whl
    python3 src/data/gen_districts.py vietnam_provinces/data/nested-divisions.json > src/data/districts.tsv
"""
import json
import sys

KINDS = ("Thành phố", "Thị xã", "Huyện", "Quận")

def split(name):
    for k in KINDS:
        if name.lower().startswith(k.lower() + " "):
            return k.lower(), name[len(k) + 1:].strip()
    raise SystemExit(f"unknown kind: {name}")

rows = []
for p in json.load(open(sys.argv[1], encoding="utf-8")):
    _, province = split(p["name"]) if not p["name"].startswith("Tỉnh ") else ("", p["name"][5:])
    for d in p["districts"]:
        kind, name = split(d["name"])
        rows.append((province, kind, name))
print("# District-level units before 1 July 2025: province, kind, name (GSO; see gen_districts.py).")
for r in sorted(rows):
    print("\t".join(r))

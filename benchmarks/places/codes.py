#!/usr/bin/env python3
"""Codes the score does not count: on the places that match an expected place by span, a code given where
none is expected (a Taiwan village with a mainland code) and a code other than the expected one.

    python3 benchmarks/places/codes.py [--set DIR] [--cache DIR] [--cli PATH]

Defaults: this set, /work/places-cache, the Release build of the CLI. Spans match exactly (pages with
inline pinyin whose annotated span ends before an annotation are not matched here; score.py matches them).
"""
import argparse, glob, json, os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

ap = argparse.ArgumentParser()
ap.add_argument("--set", default=HERE)
ap.add_argument("--cache", default="/work/places-cache")
ap.add_argument("--cli", default=os.path.join(REPO, "src/Cli/bin/Release/net10.0/WorkTeam.Cli"))
a = ap.parse_args()
expected = [json.loads(l) for l in open(os.path.join(a.set, "facts.jsonl"), encoding="utf-8")]
files = sorted(glob.glob(os.path.join(a.cache, "*.txt")))
out = subprocess.run([a.cli, "extract", "--format", "jsonl", "--kinds", "place"] + files,
                     capture_output=True, text=True, check=False).stdout
found = {}
for line in out.splitlines():
    r = json.loads(line)
    found[(os.path.basename(r["doc"])[:-4], r["start"], r["end"])] = r
extra = wrong = 0
for e in expected:
    r = found.get((e["doc"], e["start"], e["end"])) if e["kind"] == "place" else None
    if r is None or not r.get("code"):
        continue
    if not e.get("code"):
        extra += 1
        print(f"code where none is expected: {e['doc']} {e['text']} [{e['start']},{e['end']}) {r['code']}")
    elif r["code"] != e["code"]:
        wrong += 1
        print(f"wrong code: {e['doc']} {e['text']} [{e['start']},{e['end']}) {r['code']}, expected {e['code']}")
print(f"codes where none is expected: {extra}; wrong codes: {wrong}")

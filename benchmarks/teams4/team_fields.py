#!/usr/bin/env python3
"""Sender, station and station code of the teams whose span matched, for a devset-style page set.

    python3 benchmarks/teams4/team_fields.py --set benchmarks/teams4 --cache /work/teams4-cache

score.py scores a team by its span only; this adds, for the matched teams, how many have the annotated
sender (`value`), station (`parent`) and station code (`code`, where the annotation has one). Runs the
built CLI (`dotnet build src/Cli -c Release` first)."""
import argparse, json, os, subprocess, sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ap = argparse.ArgumentParser()
ap.add_argument("--set", required=True)
ap.add_argument("--cache", required=True)
args = ap.parse_args()
exp = [json.loads(l) for l in open(os.path.join(args.set, "facts.jsonl"), encoding="utf-8") if '"team"' in l]
files = sorted(os.path.join(args.cache, f) for f in os.listdir(args.cache) if f.endswith(".txt"))
out = subprocess.run(["dotnet", "run", "--no-build", "--project", os.path.join(REPO, "src/Cli"), "-c", "Release", "--",
                      "extract", "--format", "jsonl"] + files, capture_output=True, text=True, check=True).stdout
got = {}
for line in out.splitlines():
    o = json.loads(line)
    if o["kind"] == "team":
        # One span may name several teams (X驻A镇、B镇工作组): a list per span, each output used once.
        got.setdefault((os.path.basename(o["doc"])[:-4], o["start"], o["end"]), []).append(o)
n = sender = station = codes_n = codes = 0
for e in exp:
    outs = got.get((e["doc"], e["start"], e["end"]))
    if not outs:
        continue
    # the output of that span with the annotated station if there is one, else the first left
    o = next((x for x in outs if x.get("parent") == e.get("parent")), outs[0])
    outs.remove(o)
    n += 1
    sender += o.get("value") == e.get("value")
    station += o.get("parent") == e.get("parent")
    if e.get("code"):
        codes_n += 1
        codes += o.get("code") == e["code"]
print(f"teams matched {n}/{len(exp)}: sender right {sender}/{n}, station right {station}/{n}, station code right {codes}/{codes_n}")

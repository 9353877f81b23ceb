#!/usr/bin/env bash
# Fact extraction (ReportAnalyzer, all kinds, one thread, line by line: the benchmark project's
# `side-by-side CORPUS --extract`) of this tree beside a baseline commit's, in the same rounds, on the
# four SIGHAN test inputs repeated REPEAT times (default 5, ~9.4 MB). Prints each run's JSON line,
# then each side's medians (extraction MB/s, load seconds, whole-process CPU seconds, peak RSS, facts)
# and the after/before ratios. The baseline is checked out by baseline-worktree.sh and removed after.
#
#   BASELINE=3c203e9 ROUNDS=5 benchmarks/extract-compare.sh [REPEAT]
#
# EXTRA="main=DIR ..." adds trees already built (their benchmark project in Release), each run in the same
# rounds under its label, with its ratio to the baseline and to this tree: e.g. the main a branch started from.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${WORKTEAM_SHARED:-$root/../shared}
baseline=${BASELINE:-3c203e9}
repeat=${1:-5}
rounds=${ROUNDS:-5}
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work/baseline-tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
for _ in $(seq "$repeat"); do
  for f in pku_test.utf8 msr_test.utf8 as_test.utf8 cityu_test.utf8; do
    sed '1s/^\xEF\xBB\xBF//' "$shared/corpora/sighan2005/$f"
  done
done > "$work/corpus.txt"
"$root/benchmarks/baseline-worktree.sh" "$baseline" "$work/baseline-tree"
for tree in "$root" "$work/baseline-tree"; do
  dotnet build "$tree/benchmarks/WorkTeam.Benchmarks" -c Release --nologo -v quiet >/dev/null
done
echo "corpus: $(stat -c %s "$work/corpus.txt") bytes; baseline $baseline; load average $(cut -d' ' -f1-3 /proc/loadavg)"
run() { # label tree
  local json
  json=$(/usr/bin/time -f '%U %S' -o "$work/cpu" dotnet "$2/benchmarks/WorkTeam.Benchmarks/bin/Release/net10.0/WorkTeam.Benchmarks.dll" side-by-side "$work/corpus.txt" --extract | tail -n1)
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); u,s=open(sys.argv[3]).read().split(); d.update(label=sys.argv[2], cpu_seconds=round(float(u)+float(s),2)); print(json.dumps(d))' "$json" "$1" "$work/cpu"
}
: > "$work/all.jsonl"
for r in $(seq "$rounds"); do
  run after "$root" | tee -a "$work/all.jsonl"
  run before "$work/baseline-tree" | tee -a "$work/all.jsonl"
  for extra in ${EXTRA:-}; do
    run "${extra%%=*}" "${extra#*=}" | tee -a "$work/all.jsonl"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/all.jsonl" "$baseline" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
def med(label, key):
    return statistics.median(r[key] for r in rows if r["label"] == label)
extras = [l for l in dict.fromkeys(r["label"] for r in rows) if l not in ("before", "after")]
for key in ("mb_per_s", "load_seconds", "cpu_seconds", "peak_rss_mb", "facts"):
    b, a = med("before", key), med("after", key)
    line = f"{key}: before ({sys.argv[2]}) {b:g}, after {a:g}, after/before x{a / b:.3f}"
    for x in extras:
        e = med(x, key)
        line += f"; {x} {e:g}, {x}/before x{e / b:.3f}, after/{x} x{a / e:.3f}"
    print(line)
PY

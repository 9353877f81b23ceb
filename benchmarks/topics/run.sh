#!/usr/bin/env bash
# Topic model at scale: `workteam topics` on 2,000 and 10,000 generated reports (benchmarks/generate),
# wall seconds (whole run: reading, segmenting, fitting, scoring) and peak RSS, --jobs 2 and --jobs 1.
#   [ROUNDS=3] benchmarks/topics/run.sh [WORKDIR]   (default: a temporary folder, removed at the end)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-}"
if [ -z "$work" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
rounds="${ROUNDS:-3}"
dotnet build "$repo/src/Cli/WorkTeam.Cli.csproj" -c Release --nologo -v quiet >/dev/null
tool="$repo/src/Cli/bin/Release/net10.0/WorkTeam.Cli"
[ -d "$work/r10000" ] || python3 "$repo/benchmarks/generate/generate.py" --count 10000 --out "$work/r10000" --seed 1
[ -d "$work/r2000" ] || python3 "$repo/benchmarks/generate/generate.py" --count 2000 --out "$work/r2000" --seed 2
echo "reports jobs round wall_s cpu_s peak_rss_mb fit+score"
for round in $(seq 1 "$rounds"); do
  for n in 2000 10000; do
    for jobs in 2 1; do
      out="$work/out-$n-$jobs-$round.jsonl"
      /usr/bin/time -v "$tool" topics --jobs "$jobs" --format json "$work/r$n" > "$out" 2> "$work/time.log"
      wall=$(grep 'Elapsed (wall clock)' "$work/time.log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
      rss=$(grep 'Maximum resident set size' "$work/time.log" | awk '{print int($NF / 1024)}')
      cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$work/time.log")
      fit=$(grep -o 'documents in [0-9.]* s' "$work/time.log" | awk '{print $3}')
      echo "$n $jobs $round $wall $cpu $rss ${fit}s"
    done
  done
done
# What threads change: the same input and seed, run again; topic lines identical or not.
for n in 2000 10000; do
  for jobs in 1 2; do
    if [ "$rounds" -ge 2 ]; then
      if cmp -s "$work/out-$n-$jobs-1.jsonl" "$work/out-$n-$jobs-2.jsonl"; then same=identical; else same=different; fi
      echo "reports $n, --jobs $jobs: rounds 1 and 2 $same"
    fi
  done
done

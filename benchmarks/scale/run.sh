#!/usr/bin/env bash
# Scale run of the workteam CLI: seconds, MB/s and peak RSS on generated reports.
#   [ROUNDS=5] benchmarks/scale/run.sh [WORKDIR]   (default: a temporary folder, removed at the end)
# Measures `workteam extract` on 10,000 reports with --jobs 1 and --jobs 2, on 1,000 reports
# and 5,000 (linearity: each added report costs the same), and --db, summary and keywords on the 10,000;
# the 10,000 include a few bad files (binary, bad UTF-8, empty) that must be named and counted.
# Needs python3 and GNU time (/usr/bin/time -v), which it installs with apt-get when missing.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="${1:-}"
if [ -z "$work" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

if [ ! -x /usr/bin/time ]; then
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q time >/dev/null
fi

echo "== build (Release)"
dotnet build "$repo/src/Cli/WorkTeam.Cli.csproj" -c Release --nologo -v quiet >/dev/null
tool="$repo/src/Cli/bin/Release/net10.0/WorkTeam.Cli"

echo "== generate"
[ -d "$work/r10000" ] || python3 "$repo/benchmarks/generate/generate.py" --count 10000 --out "$work/r10000" --seed 1
[ -d "$work/r1000" ] || python3 "$repo/benchmarks/generate/generate.py" --count 1000 --out "$work/r1000" --seed 2
[ -d "$work/r5000" ] || python3 "$repo/benchmarks/generate/generate.py" --count 5000 --out "$work/r5000" --seed 3
mkdir -p "$work/r10000/bad"
printf '\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' > "$work/r10000/bad/image.txt"
printf '\xe6\x89\xb6\xe8\xb4\xab\xff\xfe\xe5\xb7\xa5' > "$work/r10000/bad/broken-utf8.txt"
: > "$work/r10000/bad/empty.txt"
bytes10k=$(find "$work/r10000" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
bytes1k=$(find "$work/r1000" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
bytes5k=$(find "$work/r5000" -type f -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "10,000 reports: $((bytes10k / 1000)) kB; 5,000 reports: $((bytes5k / 1000)) kB; 1,000 reports: $((bytes1k / 1000)) kB"

results="$work/results.txt"
: > "$results"
measure() { # measure LABEL BYTES REPORTS -- COMMAND...
  local label="$1" bytes="$2" reports="$3"; shift 4
  local log="$work/time.log" code=0
  /usr/bin/time -v "$@" > "$work/stdout" 2> "$log" || code=$?
  local wall rss cpu
  wall=$(grep 'Elapsed (wall clock)' "$log" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(grep 'Maximum resident set size' "$log" | awk '{print $NF}')
  # CPU seconds (user + system) over wall seconds: how many cores the run kept busy.
  cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$log")
  local failed
  failed=$(grep -c '^workteam: .*: ' "$log" || true)
  last_wall="$wall"
  printf '%-40s %7.2f s %7.2f MB/s %7.3f ms/report %7.2f CPU s (%4.2f cores) %5d MB peak RSS  exit %d, %d named on stderr\n' \
    "$label" "$wall" "$(echo "$bytes / 1000000 / $wall" | bc -l)" "$(echo "$wall * 1000 / $reports" | bc -l)" "$cpu" "$(echo "$cpu / $wall" | bc -l)" \
    "$((rss / 1024))" "$code" "$failed" | tee -a "$results"
}
command -v bc >/dev/null || { apt-get install -y -q bc >/dev/null; }

echo "== runs (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
# The machine is shared and noisy: the one-job and two-job runs alternate, ROUNDS times (default 5),
# and the ratio is of the medians. Every round is listed.
rounds="${ROUNDS:-5}"
walls1=(); walls2=(); walls1k=(); walls5k=()
for round in $(seq "$rounds"); do
  measure "extract 1,000  --jobs 1 (round $round)" "$bytes1k" 1000 -- "$tool" extract --jobs 1 --quiet --out "$work/f1k.jsonl" "$work/r1000"
  walls1k+=("$last_wall")
  measure "extract 5,000  --jobs 1 (round $round)" "$bytes5k" 5000 -- "$tool" extract --jobs 1 --quiet --out "$work/f5k.jsonl" "$work/r5000"
  walls5k+=("$last_wall")
  measure "extract 10,000 --jobs 1 (round $round)" "$bytes10k" 10000 -- "$tool" extract --jobs 1 --quiet --out "$work/f10k-1.jsonl" "$work/r10000"
  walls1+=("$last_wall")
  measure "extract 10,000 --jobs 2 (round $round)" "$bytes10k" 10000 -- "$tool" extract --jobs 2 --quiet --out "$work/f10k-2.jsonl" "$work/r10000"
  walls2+=("$last_wall")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
m1k=$(median "${walls1k[@]}"); m5k=$(median "${walls5k[@]}"); m1=$(median "${walls1[@]}"); m2=$(median "${walls2[@]}")
{
  printf 'median of %d: 1,000 --jobs 1 %.2f s; 10,000 --jobs 1 %.2f s (%.2f MB/s); 10,000 --jobs 2 %.2f s (%.2f MB/s)\n' \
    "$rounds" "$m1k" "$m1" "$(echo "$bytes10k / 1000000 / $m1" | bc -l)" "$m2" "$(echo "$bytes10k / 1000000 / $m2" | bc -l)"
  printf 'two jobs / one job: %.2fx\n' "$(echo "$m1 / $m2" | bc -l)"
  # Linear means a fixed start-up plus the same time per report: the cost of each added report is
  # the same from 1,000 to 5,000 as from 5,000 to 10,000.
  printf 'one job, 1,000 / 5,000 / 10,000 reports: %.2f / %.2f / %.2f s; each added report: %.3f ms (1,000->5,000), %.3f ms (5,000->10,000)\n' \
    "$m1k" "$m5k" "$m1" "$(echo "($m5k - $m1k) * 1000 / 4000" | bc -l)" "$(echo "($m1 - $m5k) * 1000 / 5000" | bc -l)"
} | tee -a "$results"
cmp "$work/f10k-1.jsonl" "$work/f10k-2.jsonl" && echo "same facts with --jobs 1 and --jobs 2" | tee -a "$results"
measure "extract 10,000 --jobs 2 --db" "$bytes10k" 10000 -- "$tool" extract --jobs 2 --quiet --db "$work/facts.db" "$work/r10000"
measure "summary 10,000 --jobs 2" "$bytes10k" 10000 -- "$tool" summary --jobs 2 --quiet "$work/r10000"
measure "keywords 1,000  --jobs 1" "$bytes1k" 1000 -- "$tool" keywords --jobs 1 --quiet "$work/r1000"
measure "keywords 10,000 --jobs 1" "$bytes10k" 10000 -- "$tool" keywords --jobs 1 --quiet "$work/r10000"
measure "keywords 10,000 --jobs 2" "$bytes10k" 10000 -- "$tool" keywords --jobs 2 --quiet "$work/r10000"
echo "== stderr of the last run"
cat "$work/time.log" | grep '^workteam' || true
echo "== results"
cat "$results"

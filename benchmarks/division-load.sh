#!/usr/bin/env bash
# The division table's first use (read the columns of 665,276 units and the name index the build stored out of the assembly),
# each time in a fresh process, ROUNDS times; prints every round and the median.
#
#   benchmarks/division-load.sh [ROUNDS]     (default 7)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-7}
dotnet build "$root/benchmarks/WorkTeam.Benchmarks" -c Release --nologo -v quiet >/dev/null
bench="dotnet $root/benchmarks/WorkTeam.Benchmarks/bin/Release/net10.0/WorkTeam.Benchmarks.dll"
times=()
cpus=()
for _ in $(seq "$rounds"); do
  line=$($bench division-load)
  echo "$line"
  times+=("$(echo "$line" | sed -E 's/^first use ([0-9.]+) ms.*/\1/')")
  cpus+=("$(echo "$line" | sed -E 's/.*\(CPU ([0-9.]+) ms\).*/\1/')")
done
printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "median first use: %.1f ms over %d rounds\n", a[int((NR+1)/2)], NR}'
printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {printf "median first use CPU time: %.1f ms\n", a[int((NR+1)/2)]}'

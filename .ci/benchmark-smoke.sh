#!/usr/bin/env bash
# Benchmarks are built by CI and run once in BenchmarkDotNet's Dry job (one iteration, no
# statistics): it proves they run, not how fast. Real figures: see README "Measured". The build
# timeout is raised from BenchmarkDotNet's 2 minutes: on a loaded CI machine the generated project
# (which now also restores jieba.NET and Lucene) took longer.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/benchmarks/WorkTeam.Benchmarks"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet run -c Release -- --filter '*' --job Dry --buildTimeout 900 --artifacts "$out" > "$out/log.txt" 2>&1 || { tail -50 "$out/log.txt"; exit 1; }
grep -E "^\| " "$out/log.txt" | head -40 || true
if grep -q "ERROR(S)\|benchmarks failed\|No benchmarks\|has failed\|Exception" "$out/log.txt" || ! grep -q "^| " "$out/log.txt"; then
  tail -50 "$out/log.txt"
  exit 1
fi

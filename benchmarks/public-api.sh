#!/usr/bin/env bash
# What a new user gets: packs WorkTeam.Extraction, builds a brand-new console app outside the
# repository that references the .nupkg from a local feed (and jieba.NET 0.42.2 from NuGet), and runs
# it on the SIGHAN PKU + MSR test inputs repeated REPEAT times (default 5), line by line, one thread,
# whole process, beside jieba.NET's JiebaSegmenter.Cut and Python jieba 0.42.1's jieba.cut; then
# `workteam segment` on the four SIGHAN inputs repeated (~9 MB) beside Python jieba.
#
#   ROUNDS=5 benchmarks/public-api.sh [REPEAT]
#   BASELINE=<git ref> ROUNDS=5 benchmarks/public-api.sh [REPEAT]
#
# Prints each run's JSON line (wall_seconds is the whole process's, timed from outside; first_line_ms
# counts from the moment the script launches the process (the app prints the first line's UTC time:
# asking the runtime for the process's start time and local time cost ~9 MB of peak RSS); ready_ms from
# Main to Segmenter.Default ready; cpu_seconds is user + system time), then medians and ratios. With BASELINE, the same console app is also built against
# the package packed from that commit (a worktree made by baseline-worktree.sh) and `workteam segment`
# from that commit's CLI; each round runs both builds back to back, and the last lines give
# after/before ratios of the medians: on a loaded machine compare these, not the absolute figures.
# jieba.NET and Python jieba run in every round too (Python on both corpora), between the WorkTeam runs,
# and their medians make the ratios: a single Python run, made at the end under whatever load the
# machine had then, moved the "x Python" figure by a fifth between two runs of the same commit (8.1 s
# and 6.7 s). What is measured is unchanged: each side's whole process, median wall time of its rounds;
# a line of CPU-time ratios (user + system, less sensitive to the load than wall time) follows.
# Needs Debian's python3-jieba (installed by need-debian.sh when missing) and ../shared/corpora/sighan2005.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/benchmarks/need-debian.sh" python3-jieba
shared=${WORKTEAM_SHARED:-$root/../shared}
repeat=${1:-5}
rounds=${ROUNDS:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sighan="$shared/corpora/sighan2005"
for _ in $(seq "$repeat"); do cat "$sighan/pku_test.utf8" "$sighan/msr_test.utf8"; done > "$work/pkumsr.txt"
for _ in $(seq 5); do for f in pku msr as cityu; do sed '1s/^\xEF\xBB\xBF//' "$sighan/${f}_test.utf8"; done; done > "$work/nine.txt"

# build_app SOURCE_TREE NAME: packs SOURCE_TREE's library into $work/NAME-feed and builds the console
# app against it into $work/NAME-out (packages restored into $work/NAME-packages); builds its CLI.
build_app() {
  local tree=$1 name=$2
  dotnet pack "$tree/src/Extraction" -c Release -o "$work/$name-feed" --nologo -v quiet >/dev/null
  local version
  version=$(basename "$(ls "$work/$name"-feed/WorkTeam.Extraction.*.nupkg | grep -v snupkg | head -n1)" .nupkg | sed 's/^WorkTeam\.Extraction\.//')
  mkdir -p "$work/$name-app"
  cat > "$work/$name-app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/$name-feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
XML
  # A plain console app: default GC and JIT settings, as `dotnet new console` makes them.
  cat > "$work/$name-app/PublicApi.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <RestorePackagesPath>$work/$name-packages</RestorePackagesPath>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="WorkTeam.Extraction" Version="$version" />
    <PackageReference Include="jieba.NET" Version="0.42.2" GeneratePathProperty="true" />
  </ItemGroup>
</Project>
XML
  # The app's code is this tree's, so both sides run the same program.
  cp "$root/benchmarks/PublicApi/Program.cs" "$work/$name-app/"
  (cd "$work/$name-app" && dotnet build -c Release -o "$work/$name-out" --nologo -v quiet >/dev/null)
  dotnet build "$tree/src/Cli" -c Release --nologo -v quiet >/dev/null
}
build_app "$root" current
resources="$work/current-packages/jieba.net/0.42.2/Resources/"
cli="$root/src/Cli/bin/Release/net10.0/WorkTeam.Cli.dll"
baseline=${BASELINE:-}
if [ -n "$baseline" ]; then
  "$root/benchmarks/baseline-worktree.sh" "$baseline" "$work/baseline-tree"
  trap 'git -C "$root" worktree remove --force "$work/baseline-tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
  build_app "$work/baseline-tree" baseline
  basecli="$work/baseline-tree/src/Cli/bin/Release/net10.0/WorkTeam.Cli.dll"
fi

cat > "$work/py.py" <<'PY'
import json, logging, os, sys, time
import jieba
jieba.setLogLevel(logging.ERROR)
path = sys.argv[1]
with open(path, encoding="utf-8") as f, open(os.devnull, "w", encoding="utf-8") as sink:
    for line in f:
        sink.write(" ".join(jieba.cut(line.rstrip("\r\n"))) + "\n")
PY
# Whole process, timed from outside; peak RSS and CPU time from GNU time when present, else RSS from the app.
run() { # label command...
  local t0 t1 rss cpu
  t0=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M %U %S' -o "$work/rss" "${@:2}" > "$work/out.json"
    rss=$(awk '{printf "%.1f", $1 / 1024}' "$work/rss")
    cpu=$(awk '{printf "%.2f", $2 + $3}' "$work/rss")
  else
    "${@:2}" > "$work/out.json"; rss=null; cpu=null
  fi
  t1=$(date +%s.%N)
  local json; json=$(tail -n1 "$work/out.json"); case "$json" in '{'*) ;; *) json='{}' ;; esac
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); d.update(label=sys.argv[2], wall_seconds=round(float(sys.argv[4])-float(sys.argv[3]),3), process_rss_mb=None if sys.argv[5]=="null" else float(sys.argv[5]), cpu_seconds=None if sys.argv[6]=="null" else float(sys.argv[6])); d.update(ready_ms=d["ready_us"]/1000, first_line_ms=round(d["first_line_unix_us"]/1000-float(sys.argv[3])*1000,1), peak_rss_mb=round(d["peak_rss_kb"]/1024,1)) if "ready_us" in d else None; print(json.dumps(d))' \
    "$json" "$1" "$t0" "$t1" "$rss" "$cpu"
}
echo "corpus: $(stat -c %s "$work/pkumsr.txt") bytes (PKU+MSR x$repeat); CLI corpus $(stat -c %s "$work/nine.txt") bytes; load average $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$work/all.jsonl"
for r in $(seq "$rounds"); do
  run workteam dotnet "$work/current-out/PublicApi.dll" workteam "$work/pkumsr.txt" | tee -a "$work/all.jsonl"
  if [ -n "$baseline" ]; then
    run baseline dotnet "$work/baseline-out/PublicApi.dll" workteam "$work/pkumsr.txt" | tee -a "$work/all.jsonl"
  fi
  run workteam-span dotnet "$work/current-out/PublicApi.dll" workteam-span "$work/pkumsr.txt" | tee -a "$work/all.jsonl"
  run read dotnet "$work/current-out/PublicApi.dll" read "$work/pkumsr.txt" | tee -a "$work/all.jsonl"
  run cli sh -c "dotnet '$cli' segment '$work/nine.txt' > /dev/null" | tee -a "$work/all.jsonl"
  if [ -n "$baseline" ]; then
    run baseline-cli sh -c "dotnet '$basecli' segment '$work/nine.txt' > /dev/null" | tee -a "$work/all.jsonl"
  fi
  run jiebanet dotnet "$work/current-out/PublicApi.dll" jiebanet "$work/pkumsr.txt" "$resources" | tee -a "$work/all.jsonl"
  run python /usr/bin/python3 "$work/py.py" "$work/pkumsr.txt" | tee -a "$work/all.jsonl"
  run python-9mb /usr/bin/python3 "$work/py.py" "$work/nine.txt" | tee -a "$work/all.jsonl"
done
python3 - "$work/all.jsonl" "$(stat -c %s "$work/pkumsr.txt")" "$(stat -c %s "$work/nine.txt")" "$baseline" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
size, nine, baseline = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
def med(label, key):
    return statistics.median(r[key] for r in rows if r["label"] == label)
wt, span, cli = med("workteam", "wall_seconds"), med("workteam-span", "wall_seconds"), med("cli", "wall_seconds")
jn, py, py9 = med("jiebanet", "wall_seconds"), med("python", "wall_seconds"), med("python-9mb", "wall_seconds")
print(f"Segmenter.Default.Cut, whole process (median wall): {size/1e6/wt:.2f} MB/s = {py/wt:.1f}x Python jieba, {jn/wt:.1f}x jieba.NET")
print(f"TryCut (ranges), whole process: {size/1e6/span:.2f} MB/s = {py/span:.1f}x Python jieba")
print(f"jieba.NET {size/1e6/jn:.2f} MB/s, Python jieba {size/1e6/py:.2f} MB/s")
print(f"first segmented line after process start (median): {med('workteam', 'first_line_ms'):.0f} ms; Segmenter.Default ready in-process: {med('workteam', 'ready_ms'):.0f} ms")
print(f"peak RSS (median): Cut {med('workteam', 'process_rss_mb'):.1f} MB, TryCut {med('workteam-span', 'process_rss_mb'):.1f} MB, jieba.NET {med('jiebanet', 'process_rss_mb'):.0f} MB, Python {med('python', 'process_rss_mb'):.0f} MB; the same app reading and writing the lines with no segmenter {med('read', 'process_rss_mb'):.1f} MB")
print(f"workteam segment on {nine/1e6:.1f} MB: {nine/1e6/cli:.2f} MB/s = {py9/cli:.1f}x Python jieba ({nine/1e6/py9:.2f} MB/s); peak RSS {med('cli', 'process_rss_mb'):.0f} MB")
print("Python jieba's rounds (wall s): " + ", ".join(f"{r['wall_seconds']:.2f}" for r in rows if r["label"] == "python")
      + "; jieba.NET's: " + ", ".join(f"{r['wall_seconds']:.2f}" for r in rows if r["label"] == "jiebanet"))
if rows[0].get("cpu_seconds") is not None:
    def cpu(label):
        return med(label, "cpu_seconds")
    print(f"CPU time (median user + system): Cut {cpu('workteam'):.2f} s = {cpu('python')/cpu('workteam'):.1f}x Python jieba, "
          f"{cpu('jiebanet')/cpu('workteam'):.1f}x jieba.NET; workteam segment {cpu('cli'):.2f} s = {cpu('python-9mb')/cpu('cli'):.1f}x Python jieba")
if baseline:
    def ratio(label, base, key):
        return med(label, key) / med(base, key)
    print(f"after/before ({baseline}), medians of each side's runs in the same rounds:")
    for label, base in (("workteam", "baseline"), ("cli", "baseline-cli")):
        parts = [f"{key} {med(base, key):.3f} -> {med(label, key):.3f} (x{ratio(label, base, key):.2f})"
                 for key in ("wall_seconds", "cpu_seconds", "process_rss_mb") if rows[0].get(key) is not None]
        if label == "workteam":
            parts.append(f"first_line_ms {med(base, 'first_line_ms'):.0f} -> {med(label, 'first_line_ms'):.0f} (x{ratio(label, base, 'first_line_ms'):.2f})")
        print(f"  {'Segmenter.Default.Cut app' if label == 'workteam' else 'workteam segment'}: " + "; ".join(parts))
PY

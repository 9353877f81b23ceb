#!/usr/bin/env bash
# Segments one ~10 MB corpus (the four SIGHAN test inputs repeated) with WorkTeam (its public API,
# Segmenter.Default.Cut), with jieba.NET 0.42.2 (JiebaSegmenter.Cut) and with Python jieba 0.42.1 in the same run, precise mode, HMM on, one thread each, and prints each one's MB/s,
# the ratio, dictionary-load time and process peak RSS; then WorkTeam on 2 threads, and WorkTeam's
# whole fact extraction (ReportAnalyzer, all kinds) on the same corpus, one thread; then the command line,
# `workteam segment` beside `workteam extract --jsonl-input --jobs 1` on the same lines (whole processes).
#
#   benchmarks/side-by-side.sh [REPEAT]     (REPEAT: how many times the four inputs are concatenated; 5 ≈ 9.4 MB)
#
# Needs Debian's python3-jieba (installed by need-debian.sh when missing) and ../shared/corpora/sighan2005.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/benchmarks/need-debian.sh" python3-jieba
shared=${WORKTEAM_SHARED:-$root/../shared}
repeat=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus="$work/corpus.txt"
for _ in $(seq "$repeat"); do
  for f in pku_test.utf8 msr_test.utf8 as_test.utf8 cityu_test.utf8; do
    # Strip the BOM cityu starts with so both sides read the same characters.
    sed '1s/^\xEF\xBB\xBF//' "$shared/corpora/sighan2005/$f"
  done
done > "$corpus"

dotnet build "$root/benchmarks/WorkTeam.Benchmarks" -c Release --nologo -v quiet >/dev/null
bench="dotnet $root/benchmarks/WorkTeam.Benchmarks/bin/Release/net10.0/WorkTeam.Benchmarks.dll"
# The command line as analysts run it (the build's apphost: the same assemblies and runtime settings,
# tiering off, as the installed dotnet tool): `workteam segment` and `workteam extract` over the same lines.
dotnet build "$root/src/Cli" -c Release --nologo -v quiet >/dev/null
tool="$root/src/Cli/bin/Release/net10.0/WorkTeam.Cli"
python3 - "$corpus" > "$work/corpus.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        print(json.dumps({"doc": str(n), "text": line.rstrip("\r\n")}, ensure_ascii=False))
PY
cli() { # cli LABEL INPUT -- COMMAND...: one whole process, wall and CPU from outside, as JSON
  local label=$1 input=$2; shift 3
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" < "$input" > /dev/null 2>"$work/stderr" || true
  read -r wall user sys rss < "$work/time"
  python3 -c 'import json,sys; b,w,u,s,r=int(sys.argv[2]),float(sys.argv[3]),float(sys.argv[4]),float(sys.argv[5]),int(sys.argv[6]); print(json.dumps({"what": sys.argv[1], "bytes": b, "wall_seconds": w, "cpu_seconds": round(u+s,2), "mb_per_s": round(b/1e6/w,3), "peak_rss_mb": round(r/1024,1)}))' \
    "$label" "$(stat -c %s "$corpus")" "$wall" "$user" "$sys" "$rss"
}

cat > "$work/jieba_side.py" <<'PY'
import json, logging, os, sys, time
t0 = time.perf_counter()
import jieba
jieba.setLogLevel(logging.ERROR)
jieba.initialize()
load = time.perf_counter() - t0
path = sys.argv[1]
start = time.perf_counter()
with open(path, encoding="utf-8") as f, open(os.devnull, "w", encoding="utf-8") as sink:
    for line in f:
        sink.write(" ".join(jieba.cut(line.rstrip("\r\n"))))
        sink.write("\n")
seconds = time.perf_counter() - start
rss = 0
for l in open("/proc/self/status"):
    if l.startswith("VmHWM:"):
        rss = int(l.split()[1]) / 1024
size = os.path.getsize(path)
print(json.dumps({"bytes": size, "load_seconds": round(load, 4), "segment_seconds": round(seconds, 4),
                  "mb_per_s": round(size / 1e6 / seconds, 3), "peak_rss_mb": round(rss, 1)}))
PY

echo "corpus: $(stat -c %s "$corpus") bytes ($repeat x the four SIGHAN test inputs); load average $(cut -d' ' -f1-3 /proc/loadavg)"
# WorkTeam's runs are short, so each is repeated (ROUNDS, default 5, interleaved) and the median
# taken; Python jieba's run is long enough to average the machine's noise by itself.
rounds=${ROUNDS:-5}
wt="[" wt2="[" ex="[" cs="[" ce="["
for r in $(seq "$rounds"); do
  sep=$([ "$r" = 1 ] || echo ,)
  wt="$wt$sep$($bench side-by-side "$corpus")"
  wt2="$wt2$sep$($bench side-by-side "$corpus" --threads 2)"
  ex="$ex$sep$($bench side-by-side "$corpus" --extract)"
  cs="$cs$sep$(cli segment "$corpus" -- "$tool" segment)"
  ce="$ce$sep$(cli extract "$work/corpus.jsonl" -- "$tool" extract --jsonl-input --jobs 1 --quiet)"
done
wt="$wt]" wt2="$wt2]" ex="$ex]" cs="$cs]" ce="$ce]"
py=$(/usr/bin/python3 "$work/jieba_side.py" "$corpus")
echo "python jieba:         $py"
jn=$($bench side-by-side "$corpus" --jiebanet)
echo "jieba.NET:            $jn"
/usr/bin/python3 - "$wt" "$py" "$wt2" "$ex" "$jn" "$cs" "$ce" <<'PY'
import json, statistics, sys
def median(runs):
    # The run with the median throughput, reported whole.
    runs = sorted(runs, key=lambda r: r["mb_per_s"])
    return runs[len(runs) // 2]
wt_runs, py, wt2_runs, ex_runs, jn, cs_runs, ce_runs = (json.loads(a) for a in sys.argv[1:])
wt, wt2, ex = median(wt_runs), median(wt2_runs), median(ex_runs)
print(f"workteam (1 thread), median of {len(wt_runs)}:  {json.dumps(wt)}")
print(f"workteam (2 threads), median of {len(wt2_runs)}: {json.dumps(wt2)}")
print(f"workteam extract, median of {len(ex_runs)}:     {json.dumps(ex)}")
print(f"  (1-thread MB/s per round: {', '.join(str(r['mb_per_s']) for r in wt_runs)}; extract: {', '.join(str(r['mb_per_s']) for r in ex_runs)})")
print(f"throughput: WorkTeam {wt['mb_per_s']:.2f} MB/s, Python jieba {py['mb_per_s']:.2f} MB/s, ratio {wt['mb_per_s'] / py['mb_per_s']:.1f}x")
print(f"throughput: jieba.NET {jn['mb_per_s']:.2f} MB/s; WorkTeam / jieba.NET {wt['mb_per_s'] / jn['mb_per_s']:.1f}x")
print(f"dictionary load: WorkTeam {wt['load_seconds'] * 1000:.0f} ms, jieba.NET {jn['load_seconds'] * 1000:.0f} ms, Python jieba {py['load_seconds'] * 1000:.0f} ms")
print(f"peak RSS: WorkTeam {wt['peak_rss_mb']:.0f} MB, jieba.NET {jn['peak_rss_mb']:.0f} MB, Python jieba {py['peak_rss_mb']:.0f} MB")
print(f"threads: 1 -> {wt['mb_per_s']:.2f} MB/s, 2 -> {wt2['mb_per_s']:.2f} MB/s ({wt2['mb_per_s'] / wt['mb_per_s']:.2f}x)")
print(f"extract (all kinds, one thread): {ex['mb_per_s']:.2f} MB/s, {ex['mb_per_s'] / wt['mb_per_s']:.2f}x the segmenter's throughput, {ex['facts']} facts")
# On a loaded machine wall seconds mostly measure the other processes: the same ratio by the process's CPU
# seconds over the run (all its threads: the JIT's and the GC's too), median of the rounds' ratios.
print(f"extract by CPU seconds: {statistics.median(w['cpu_seconds'] / e['cpu_seconds'] for w, e in zip(wt_runs, ex_runs)):.2f}x the segmenter's throughput (median of the rounds' ratios)")
# The command line, whole processes (start-up, reading, writing JSON Lines included), one job each:
# per round the extract/segment ratio of wall MB/s and of CPU seconds, and their medians.
wall = statistics.median(e["mb_per_s"] / s["mb_per_s"] for s, e in zip(cs_runs, ce_runs))
cpu = statistics.median(s["cpu_seconds"] / e["cpu_seconds"] for s, e in zip(cs_runs, ce_runs))
print(f"workteam segment, median of {len(cs_runs)}:   {json.dumps(median(cs_runs))}")
print(f"workteam extract --jsonl-input --jobs 1:  {json.dumps(median(ce_runs))}")
print(f"command line: extract {median(ce_runs)['mb_per_s']:.2f} MB/s, segment {median(cs_runs)['mb_per_s']:.2f} MB/s: extract {wall:.2f}x the segmenter's throughput (wall, median of the rounds' ratios), {cpu:.2f}x by CPU seconds")
PY

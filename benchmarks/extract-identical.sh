#!/usr/bin/env bash
# The facts this tree's CLI extracts (`workteam extract --format jsonl`) on the seeds, on the four SIGHAN
# test inputs (whole files, and line by line through --jsonl-input, as the speed benchmarks read them) and on
# the 10,000 generated reports of the scale run, written to OUT/*.jsonl with their sha256 sums; with REF
# (the OUT of an earlier run, e.g. before a speed change) each set is compared and the first differences shown.
# Speed work must leave every set byte-identical.
#
#   benchmarks/extract-identical.sh OUT [REF]      (builds src/Cli in Release first; SKIP_BUILD=1 to reuse it)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${WORKTEAM_SHARED:-$root/../shared}
out=$1 ref=${2:-}
mkdir -p "$out"
[ "${SKIP_BUILD:-0}" = 1 ] || dotnet build "$root/src/Cli/WorkTeam.Cli.csproj" -c Release --nologo -v quiet >/dev/null
tool="$root/src/Cli/bin/Release/net10.0/WorkTeam.Cli"
scale=${SCALE_SET:-/tmp/workteam-scale-r10000}
[ -d "$scale" ] || python3 "$root/benchmarks/generate/generate.py" --count 10000 --out "$scale" --seed 1 >/dev/null
sighan="$shared/corpora/sighan2005"
"$tool" extract --format jsonl --jobs 2 --quiet --out "$out/seeds.jsonl" "$root/seeds"
"$tool" extract --format jsonl --jobs 2 --quiet --include '*_test.utf8' --out "$out/sighan-files.jsonl" "$sighan"
python3 - "$sighan" > "$out/sighan-lines.input" <<'PY'
import json, sys
for name in ("pku_test.utf8", "msr_test.utf8", "as_test.utf8", "cityu_test.utf8"):
    with open(f"{sys.argv[1]}/{name}", encoding="utf-8-sig") as f:
        for n, line in enumerate(f, 1):
            print(json.dumps({"doc": f"{name}:{n}", "text": line.rstrip("\r\n")}, ensure_ascii=False))
PY
"$tool" extract --format jsonl --jobs 2 --quiet --jsonl-input --out "$out/sighan-lines.jsonl" < "$out/sighan-lines.input" 2>/dev/null # (lines with no body text are named on stderr)
rm "$out/sighan-lines.input"
"$tool" extract --format jsonl --jobs 2 --quiet --out "$out/scale.jsonl" "$scale" || true # the scale set's few bad files are named on stderr
(cd "$out" && sha256sum ./*.jsonl | tee SHA256SUMS && wc -l ./*.jsonl | tail -n1)
if [ -n "$ref" ]; then
  status=0
  # A document's path names the tree it was read from (/work/main/seeds/…, /work/wt/x/../shared/…): the sets are
  # compared with the part before seeds/ or shared/ left out, so a worktree's run compares with main's.
  tree() { sed -E 's#"doc":"[^"]*/(seeds|shared)/#"doc":"\1/#' "$1"; }
  for f in seeds sighan-files sighan-lines scale; do
    if cmp -s <(tree "$ref/$f.jsonl") <(tree "$out/$f.jsonl"); then
      echo "$f: identical ($(wc -l < "$out/$f.jsonl") facts)"
    else
      echo "$f: DIFFERENT"; diff <(tree "$ref/$f.jsonl") <(tree "$out/$f.jsonl") | head -n 10 || true; status=1
    fi
  done
  exit $status
fi

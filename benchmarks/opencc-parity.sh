#!/usr/bin/env bash
# Conversion parity with OpenCC: converts each SIGHAN 2005 test input with OpenCC's engine (t2s and
# s2t, on the tables WorkTeam embeds) and with WorkTeam's ScriptConverter, and prints, per file and direction, the share of
# lines that come out identical (a line that differs is a bug, not noise), then the conversion's
# throughput and table load time.
#
#   benchmarks/opencc-parity.sh [CORPUS_DIR]     default: ../shared/corpora/sighan2005 beside the clone
#
# The tables are the text files the build took from the npm package opencc 1.4.2 and left in
# artifacts/resources/raw/opencc/; this script compiles them with opencc_dict and runs the opencc
# engine on them (the npm package's own converter is a native addon that needs a newer libstdc++
# than Debian 12 has). Needs Debian's opencc package (apt-get install opencc) for the two commands.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
"$root/benchmarks/need-debian.sh" opencc
corpus=${1:-${WORKTEAM_SHARED:-$root/../shared}/corpora/sighan2005}
command -v opencc >/dev/null && command -v opencc_dict >/dev/null || { echo "opencc/opencc_dict not found (apt-get install opencc)" >&2; exit 1; }
tables="$root/artifacts/resources/raw/opencc"
[ -f "$tables/STPhrases.txt" ] || dotnet build "$root/src/Extraction" -c Release --nologo -v quiet >/dev/null
[ -d "$corpus" ] || { echo "corpus not found: $corpus" >&2; exit 1; }

project="$here/WorkTeam.ScriptConversion/WorkTeam.ScriptConversion.csproj"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dotnet build "$project" -c Release --nologo > "$tmp/build.log" 2>&1 || { cat "$tmp/build.log" >&2; exit 1; }
for t in TSPhrases TSCharacters STPhrases STCharacters; do
  grep -v '^#' "$tables/$t.txt" | grep -v '^$' > "$tmp/$t.txt"   # 1.4.2's sources have comment lines
  opencc_dict -i "$tmp/$t.txt" -o "$tmp/$t.ocd2" -f text -t ocd2
done
for pair in t2s:TS s2t:ST; do
  cat > "$tmp/${pair%%:*}.json" <<JSON
{ "name": "${pair%%:*} on WorkTeam's tables",
  "segmentation": { "type": "mmseg", "dict": { "type": "ocd2", "file": "${pair#*:}Phrases.ocd2" } },
  "conversion_chain": [ { "dict": { "type": "group", "dicts": [
    { "type": "ocd2", "file": "${pair#*:}Phrases.ocd2" }, { "type": "ocd2", "file": "${pair#*:}Characters.ocd2" } ] } } ] }
JSON
done
tool=("dotnet" "$root/benchmarks/WorkTeam.ScriptConversion/bin/Release/net10.0/WorkTeam.ScriptConversion.dll")
status=0
printf '%-18s %-4s %8s %8s %9s\n' file dir lines same identical
for f in "$corpus"/pku_test.utf8 "$corpus"/msr_test.utf8 "$corpus"/as_test.utf8 "$corpus"/cityu_test.utf8; do
  name=$(basename "$f")
  for dir in t2s s2t; do
    to=simplified; [ "$dir" = s2t ] && to=traditional
    opencc -c "$tmp/$dir.json" -i "$f" -o "$tmp/expected"
    "${tool[@]}" convert --to "$to" "$f" > "$tmp/actual"
    # Line by line; each file's lines keep their CR, so a CRLF difference would count too.
    read -r total same < <(awk 'NR == FNR { want[FNR] = $0; n = FNR; next }
                              { if ((FNR in want) && want[FNR] == $0) same++; if (FNR > m) m = FNR }
                              END { if (m > n) n = m; print n, same + 0 }' "$tmp/expected" "$tmp/actual")
    pct=$(awk -v s="$same" -v t="$total" 'BEGIN { printf "%.3f", t ? 100 * s / t : 100 }')
    printf '%-18s %-4s %8d %8d %8s%%\n' "$name" "$dir" "$total" "$same" "$pct"
    if [ "$same" != "$total" ]; then
      status=1
      diff <(tr -d '\r' < "$tmp/expected") <(tr -d '\r' < "$tmp/actual") | head -n 6 >&2 || true
    fi
    cmp -s "$tmp/expected" "$tmp/actual" || { echo "  ($name $dir: files differ byte-wise)" >&2; status=1; }
  done
done
echo
echo "throughput (one thread, input repeated to 20 MB, after a warm-up run):"
"${tool[@]}" speed --to simplified "$corpus"/as_test.utf8 20
"${tool[@]}" speed --to traditional "$corpus"/pku_test.utf8 20
exit $status

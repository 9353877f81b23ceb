#!/usr/bin/env bash
# Packs the CLI as a dotnet tool, installs it from that package into a temporary tool path and runs it.
# Proves the package built by `dotnet pack` is a working `workteam` for users:
#   dotnet tool install --global --add-source DIR WorkTeam.Cli
# (--tool-path here, so CI leaves nothing installed; the --global install is run too, with a throwaway
# HOME and DOTNET_CLI_HOME, so it lands in a temporary ~/.dotnet/tools.)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== dotnet pack src/Cli -> $work/packages"
dotnet pack "$repo/src/Cli/WorkTeam.Cli.csproj" -c Release -o "$work/packages" --nologo -v quiet
package="$(ls "$work/packages"/WorkTeam.Cli.*.nupkg | grep -v '\.symbols\.' | head -n 1)"
echo "package: $(basename "$package")"

# The library is a ProjectReference: a tool package must carry it (tools/<tfm>/any/).
# (python3's zipfile rather than unzip, which a fresh machine may lack.)
if ! python3 -c 'import sys, zipfile; sys.exit(0 if "tools/net10.0/any/WorkTeam.Extraction.dll" in zipfile.ZipFile(sys.argv[1]).namelist() else 1)' "$package"; then
  echo "FAIL: WorkTeam.Extraction.dll is not inside $(basename "$package")" >&2
  python3 -m zipfile -l "$package" >&2
  exit 1
fi

version="$(basename "$package" .nupkg)"; version="${version#WorkTeam.Cli.}"

echo "== dotnet tool install --tool-path"
dotnet tool install --tool-path "$work/tools" --add-source "$work/packages" --version "$version" WorkTeam.Cli
tool="$work/tools/workteam"

expect() { # expect NAME EXPECTED ACTUAL
  if [ "$2" != "$3" ]; then
    echo "FAIL: $1: expected [$2], got [$3]" >&2
    exit 1
  fi
  echo "ok: $1"
}

expect "workteam --version" "$version" "$("$tool" --version | cut -d+ -f1)"
expect "workteam segment" "我 来到 北京 清华大学" "$(echo 我来到北京清华大学 | "$tool" segment)"
printf '扶贫工作队驻村开展扶贫工作。\n' > "$work/report.txt"
expect "workteam keywords" "扶贫" "$("$tool" keywords --top 1 "$work/report.txt" | cut -f1)"
expect "workteam docs" '{"doc":"'"$work"'/report.txt","encoding":"utf-8","chars":15,"paragraphs":1}' "$("$tool" docs "$work/report.txt")"

echo "== dotnet tool install --global (throwaway HOME)"
export HOME="$work/home" DOTNET_CLI_HOME="$work/home"
mkdir -p "$HOME"
dotnet tool install --global --add-source "$work/packages" --version "$version" WorkTeam.Cli
expect "global workteam segment" "我 来到 北京 清华大学" "$(echo 我来到北京清华大学 | "$HOME/.dotnet/tools/workteam" segment)"

echo "dotnet tool check passed: pack, install (tool path and global), run."

#!/usr/bin/env bash
# Packs WorkTeam.Extraction and builds a brand-new console app that references the .nupkg from a
# local folder feed, then runs it from its output folder: it must segment text with no other file
# of this repository present.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/src/Extraction" -c Release -o "$work/feed" --nologo -v quiet
pkg=$(ls "$work"/feed/WorkTeam.Extraction.*.nupkg | grep -v snupkg | head -n1)
version=$(basename "$pkg" .nupkg | sed 's/^WorkTeam\.Extraction\.//')
echo "check-package: $(basename "$pkg") ($(stat -c %s "$pkg") bytes)"
for f in README.md THIRD-PARTY-NOTICES.md lib/net10.0/WorkTeam.Extraction.dll lib/net10.0/WorkTeam.Extraction.xml licenses/opencc.copyright; do
  unzip -l "$pkg" "$f" >/dev/null || { echo "check-package: $f missing from the package" >&2; exit 1; }
done

mkdir -p "$work/app"
cd "$work/app"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="$work/feed" />
  </packageSources>
</configuration>
XML
# Outside the repository: no Directory.Build.props or central package versions apply.
cat > Consumer.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="WorkTeam.Extraction" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > Program.cs <<'CS'
using WorkTeam.Extraction.Segmentation;

var tokens = Segmenter.Default.Cut("我来到北京清华大学");
Console.WriteLine(string.Join(" ", tokens.Select(t => $"{t.Text}@{t.Start}")));
var tagged = Segmenter.Default.CutWithTags("小明硕士毕业于中国科学院");
Console.WriteLine(string.Join(" ", tagged));
CS
dotnet build -c Release -o "$work/out" --nologo -v quiet
cd /
out=$(dotnet "$work/out/Consumer.dll")
echo "$out"
expected=$'我@0 来到@1 北京@3 清华大学@5\n小明/nr 硕士/n 毕业/n 于/p 中国科学院/nt'
if [ "$out" != "$expected" ]; then
  echo "check-package: the consuming app printed something else; expected:" >&2
  echo "$expected" >&2
  exit 1
fi
echo "check-package: ok"

#!/usr/bin/env bash
# End-to-end check of the README's install from a clone, on a fresh clone in a temporary directory: packs with
# scripts/pack-local.sh, installs the tool from the folder (into a tool path, not globally), runs it, and builds and
# runs a new console project that references Ita.Model from the folder with the README's example. Also checks the
# package metadata: icon, READMEs (the tool's own; links absolute when the clone has a remote), repository URL,
# SourceLink in the PDBs. Prints "install: ok" or fails.
#
#   scripts/test-install.sh [REMOTE_URL]   (REMOTE_URL, e.g. https://github.com/owner/Ita.Model, is set as the
#                                           fresh clone's 'origin' when this clone has none)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
git clone -q "$root" "$work/clone"
remote="$(git -C "$root" remote get-url origin 2>/dev/null || echo "${1:-}")"
git -C "$work/clone" remote remove origin
if [ -n "$remote" ]; then git -C "$work/clone" remote add origin "$remote"; fi

"$work/clone/scripts/pack-local.sh" "$work/feed" >/dev/null
version="$(ls "$work/feed" | sed -n 's/^Ita\.Model\.\([0-9][^s]*\)\.nupkg$/\1/p')"
echo "packed version $version"

# The tool, installed from the folder.
dotnet tool install Ita.Cli --tool-path "$work/tools" --add-source "$work/feed" >/dev/null
"$work/tools/ita" report --lang en | head -3
"$work/tools/ita" report --lang en | grep -q "total: 90.76"

# The library, referenced from the folder by a new project (README's example).
mkdir "$work/app"
cd "$work/app"
dotnet new console -n App -o . >/dev/null
dotnet nuget add source "$work/feed" --name ita-local --configfile "$work/app/nuget.config" >/dev/null 2>&1 || {
  printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources></packageSources></configuration>\n' > nuget.config
  dotnet nuget add source "$work/feed" --name ita-local --configfile "$work/app/nuget.config" >/dev/null
}
dotnet add package Ita.Model --version "$version" >/dev/null
sed -n '/^```csharp$/,/^```$/p' "$root/README.md" | sed -n '2,/^```$/p' | sed '$d' | head -n 12 > Program.cs
cat Program.cs
result="$(dotnet run)"
echo "$result"
[ "$result" = "71.70 C passed=False" ]

# Metadata.
unzip -o -q "$work/feed/Ita.Model.$version.nupkg" -d "$work/model"
unzip -o -q "$work/feed/Ita.Cli.$version.nupkg" -d "$work/cli"
test -f "$work/model/icon.png" && test -f "$work/cli/icon.png"
grep -q '^# Ita.Model' "$work/model/README.md"
grep -q '^# ita — the Ita.Model command line' "$work/cli/README.md"
grep -q '<icon>icon.png</icon>' "$work/model/Ita.Model.nuspec"
if [ -n "$remote" ]; then
  grep -q "<repository type=\"git\" url=\"" "$work/model/Ita.Model.nuspec"
  grep -q "<projectUrl>" "$work/model/Ita.Model.nuspec"
  if grep -qE '\]\((docs|src|tests|CHANGELOG|LICENSE)' "$work/model/README.md"; then
    echo "error: relative links left in the packed README" >&2; exit 1
  fi
  unzip -o -q "$work/feed/Ita.Model.$version.snupkg" -d "$work/symbols"
  grep -qa "raw.githubusercontent.com\|$remote" "$work/symbols/lib/net10.0/Ita.Model.pdb"
  echo "sourcelink: $(grep -ao 'https://raw.githubusercontent.com/[^"]*' "$work/symbols/lib/net10.0/Ita.Model.pdb" | head -1)"
fi
echo "install: ok"

#!/usr/bin/env bash
# Packs Ita.Model, Ita.Model.Office, Ita.Model.Parquet and the ita tool (Ita.Cli) from this clone into a local folder
# feed (default: artifacts/packages), while the packages are not on a public feed. Needs only the .NET SDK.
#
#   scripts/pack-local.sh [FOLDER]
#
# Then install the tool and reference the library from the folder:
#   dotnet tool install -g Ita.Cli --add-source FOLDER
#   dotnet nuget add source FOLDER --name ita-local     # once, in (or above) your project's directory
#   dotnet add package Ita.Model
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/artifacts/packages}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
for project in Ita.Model Ita.Model.Office Ita.Model.Parquet Ita.Cli; do
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$out"
done
echo
echo "Packages in $out:"
ls -1 "$out"
cat <<MSG

Install the tool:        dotnet tool install -g Ita.Cli --add-source "$out"
Use the library:         dotnet nuget add source "$out" --name ita-local
                         dotnet add package Ita.Model
MSG

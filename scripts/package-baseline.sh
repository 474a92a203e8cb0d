#!/usr/bin/env bash
# Makes the package-validation baseline of a released version: the public API of Ita.Model, Ita.Model.Office and
# Ita.Model.Parquet as packed at this commit, stored under eng/package-baseline/ and committed. From then on every
# `dotnet pack` (CI packs on every run) checks the packages against it with the SDK's package validation (ApiCompat):
# a change that would break a user of that version fails the pack (docs/packaging.md, "Versions").
#
#   scripts/package-baseline.sh            # at the release commit, after setting <Version> in Directory.Build.props
#
# A baseline package holds the nuspec and, for each target framework, the reference assembly (public surface only,
# no code), so it stays small; package validation compares only the API and the dependencies.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/eng/package-baseline"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rm -rf "$out"
mkdir -p "$out"
for project in Ita.Model Ita.Model.Office Ita.Model.Parquet; do
  # No baseline yet while it is being made: pack without validating against an older one.
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$work/packed" -p:ItaPackageBaseline=none --verbosity quiet
  package="$(ls "$work/packed/$project".[0-9]*.nupkg | grep -v '\.symbols\.' | head -n 1)"
  name="$(basename "$package")"
  dir="$work/$project"
  mkdir -p "$dir"
  (cd "$dir" && unzip -q "$package")
  # Keep the nuspec, the package parts NuGet needs, and the API: each framework's assembly replaced by its
  # reference assembly.
  rm -f "$dir"/README.md "$dir"/icon.png "$dir"/lib/*/*.xml
  for lib in "$dir"/lib/*/"$project".dll; do
    tfm="$(basename "$(dirname "$lib")")"
    cp "$root/src/$project/obj/Release/$tfm/ref/$project.dll" "$lib"
  done
  (cd "$dir" && rm -f "$out/$name" && zip -q -X -r "$out/$name" .)
  echo "baseline: eng/package-baseline/$name ($(stat -c %s "$out/$name") bytes)"
done

#!/usr/bin/env bash
# End-to-end check of README's "Install from a clone", run on a fresh clone of this repository's committed HEAD in a
# temporary directory, with an empty NuGet package cache (so that no package packed earlier is reused):
#   1. scripts/pack-local.sh packs every package into a folder;
#   2. the ita tool is installed from the folder into a tool path (not globally), `ita --version` and `ita report`
#      run;
#   3. a new console project references Ita.Model from the folder, with README's first C# example as its
#      Program.cs, builds and prints what README says; a second one runs README's dependency-injection example with
#      Microsoft.Extensions.DependencyInjection;
#   4. the packages' metadata: icon, license, README (the tool's own), repository; with a remote, the repository URL
#      and commit in the nuspec, absolute links in the packed READMEs and SourceLink JSON in the PDBs.
# Prints "install: ok" and exits 0, or fails at the first broken step. Needs the .NET SDK, git, unzip, and the NuGet
# feed for the packages' dependencies.
#
#   scripts/test-install.sh [REMOTE_URL]
#
# REMOTE_URL (e.g. https://github.com/OWNER/Ita.Model) is set as the fresh clone's 'origin' remote, to check the
# repository metadata as a clone of the published repository would produce it; it is not contacted. Without it the
# clone keeps this clone's 'origin' when that is a URL, else it has no remote (the metadata then carries no URL).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
step() { printf '\n== %s\n' "$*"; }

step "fresh clone of $(git -C "$root" rev-parse --short HEAD)"
git clone -q "$root" "$work/clone"
remote="${1:-}"
if [ -z "$remote" ]; then
  remote="$(git -C "$root" remote get-url origin 2>/dev/null || true)"
  case "$remote" in https://* | http://* | git@* | ssh://*) ;; *) remote="" ;; esac
fi
git -C "$work/clone" remote remove origin
if [ -n "$remote" ]; then git -C "$work/clone" remote add origin "$remote"; fi
echo "remote: ${remote:-(none)}"

step "scripts/pack-local.sh"
"$work/clone/scripts/pack-local.sh" "$work/feed" | sed -n '/^Packages in/,$p'
version="$(sed -n 's/^[[:space:]]*<Version>\(.*\)<\/Version>.*/\1/p' "$work/clone/Directory.Build.props" | head -1)"
for package in Ita.Model Ita.Model.Office Ita.Model.Parquet Ita.Cli; do
  test -f "$work/feed/$package.$version.nupkg" || { echo "error: $package.$version.nupkg was not packed" >&2; exit 1; }
done

# Nothing from the user's package cache: every package comes from the folder or the feed.
export NUGET_PACKAGES="$work/nuget-packages"

step "dotnet tool install Ita.Cli --tool-path … --add-source …"
dotnet tool install Ita.Cli --version "$version" --tool-path "$work/tools" --add-source "$work/feed"
"$work/tools/ita" --version
reported="$("$work/tools/ita" --version)"
case "$reported" in "$version"*) ;; *) echo "error: ita --version says '$reported', not $version" >&2; exit 1 ;; esac
"$work/tools/ita" report --lang en --width 80 > "$work/report.txt"
head -n 3 "$work/report.txt"
grep -q '^total: 90.76 · grade: Pass · passed · pass mark: 85.00$' "$work/report.txt" ||
  { echo "error: ita report did not print the sample's total" >&2; exit 1; }

step "a console app referencing Ita.Model (README's first C# example)"
mkdir "$work/app"
cd "$work/app"
dotnet new console --framework net10.0 -o . >/dev/null
dotnet add package Ita.Model --version "$version" --source "$work/feed" >/dev/null
# README's first ```csharp block is the whole Program.cs; its last line's comment is the expected output.
awk '/^```csharp$/ { n++; if (n == 1) { on = 1; next } } on && /^```$/ { exit } on' "$root/README.md" > Program.cs
expected="$(sed -n 's|.*// \(.*\)$|\1|p' Program.cs | tail -1)"
dotnet build -c Release 2>&1 | grep -E 'Warn|Error|error|warning' || true
actual="$(dotnet run -c Release --no-build)"
echo "printed:  $actual"
echo "expected: $expected"
[ "$actual" = "$expected" ] || { echo "error: README's example printed something else" >&2; exit 1; }

step "a console app with dependency injection (README's second C# example)"
mkdir "$work/di"
cd "$work/di"
dotnet new console --framework net10.0 -o . >/dev/null
dotnet add package Ita.Model --version "$version" --source "$work/feed" >/dev/null
dotnet add package Microsoft.Extensions.DependencyInjection >/dev/null
awk '/^```csharp$/ { n++; if (n == 2) { on = 1; next } } on && /^```$/ { exit } on' "$root/README.md" > Program.cs
expected="$(sed -n 's|.*// \(.*\)$|\1|p' Program.cs | tail -1)"
actual="$(dotnet run -c Release)"
echo "printed:  $actual"
echo "expected: $expected"
[ "$actual" = "$expected" ] || { echo "error: README's DI example printed something else" >&2; exit 1; }

step "package metadata"
for package in Ita.Model Ita.Model.Office Ita.Model.Parquet Ita.Cli; do
  dir="$work/unzip/$package"
  unzip -q -o "$work/feed/$package.$version.nupkg" -d "$dir"
  nuspec="$dir/$package.nuspec"
  grep -q '<license type="expression">MIT</license>' "$nuspec"
  grep -q '<icon>icon.png</icon>' "$nuspec" && test -s "$dir/icon.png"
  grep -q '<readme>README.md</readme>' "$nuspec" && test -s "$dir/README.md"
  grep -q '<description>..*</description>' "$nuspec" && grep -q '<tags>ITA ' "$nuspec"
  if [ "$(head -c 3 "$dir/README.md" | od -An -tx1 | tr -d ' ')" = "efbbbf" ]; then
    echo "error: $package's README starts with a byte order mark" >&2; exit 1
  fi
  if [ -n "$remote" ]; then
    grep -q "<repository type=\"git\" url=\"${remote%.git}" "$nuspec"
    grep -q "commit=\"$(git -C "$work/clone" rev-parse HEAD)\"" "$nuspec"
    grep -q '<projectUrl>https://' "$nuspec"
    if grep -qE '\]\((\.\./|docs/|src/|tests/|benchmarks/|CHANGELOG|LICENSE)' "$dir/README.md"; then
      echo "error: relative links left in $package's packed README" >&2; exit 1
    fi
  else
    if grep -q '<repository [^>]*url=' "$nuspec"; then echo "error: a repository URL without a remote" >&2; exit 1; fi
  fi
  echo "$package: $(grep -o '<repository [^>]*>' "$nuspec")"
done
grep -q '^# Ita.Model' "$work/unzip/Ita.Model/README.md"
grep -q '^# ita — the Ita.Model command line' "$work/unzip/Ita.Cli/README.md"
grep -q '<packageType name="DotnetTool" />' "$work/unzip/Ita.Cli/Ita.Cli.nuspec"

if [ -n "$remote" ]; then
  # SourceLink: the portable PDB carries a JSON document that maps the clone's files to raw URLs at the commit.
  unzip -q -o "$work/feed/Ita.Model.$version.snupkg" -d "$work/symbols"
  sourcelink="$(grep -ao '{"documents":{[^}]*}}' "$work/symbols/lib/net10.0/Ita.Model.pdb" | head -1)"
  [ -n "$sourcelink" ] || { echo "error: no SourceLink JSON in Ita.Model.pdb" >&2; exit 1; }
  echo "sourcelink: $sourcelink"
fi
echo
echo "install: ok"

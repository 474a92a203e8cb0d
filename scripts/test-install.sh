#!/usr/bin/env bash
# End-to-end check of README's "Install" from a clone, with README's commands as written, on a fresh clone of this
# repository's committed HEAD in a temporary directory and with a throwaway HOME (so the global tool, the NuGet source
# and the package cache are temporary: nothing packed earlier is reused, nothing of the user's is changed):
#   1. scripts/pack-local.sh packs every package into artifacts/packages;
#   2. dotnet tool install -g Ita.Cli --add-source artifacts/packages; `ita --version` and `ita report` run;
#   3. dotnet nuget add source …/artifacts/packages; a new console app with `dotnet add package Ita.Model` and
#      README's first C# block as Program.cs prints what that block says; a second one runs README's
#      dependency-injection block with Microsoft.Extensions.DependencyInjection;
#   4. the packages' metadata: icon, license, description, tags, README (the tool's own, no byte order mark); with a
#      remote, the repository URL and commit, the project URL, absolute links in the packed READMEs and SourceLink
#      JSON in the PDB; without one, no repository URL.
# Prints "install: ok" and exits 0, or fails at the first broken step. Needs the .NET SDK, git, unzip, and nuget.org
# for the packages' dependencies.
#
#   scripts/test-install.sh [REMOTE_URL]
#
# ITA_KEEP_FEED=DIR copies the packed packages to DIR for inspection.
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

# README's commands as written, in a throwaway home: the global tool and the NuGet source go into $HOME, and no
# package packed earlier is reused from a package cache.
export HOME="$work/home" DOTNET_CLI_HOME="$work/home" NUGET_PACKAGES="$work/home/nuget-packages"
mkdir -p "$HOME"
cd "$work/clone"
feed="$work/clone/artifacts/packages"

step "scripts/pack-local.sh"
scripts/pack-local.sh > "$work/pack.log" 2>&1 || { cat "$work/pack.log" >&2; exit 1; }
sed -n '/^Packages in/,$p' "$work/pack.log"
if grep -qiE ': warning [A-Z]+[0-9]+' "$work/pack.log"; then
  grep -iE ': warning [A-Z]+[0-9]+' "$work/pack.log" >&2; echo "error: the pack has warnings" >&2; exit 1
fi
if [ -n "${ITA_KEEP_FEED:-}" ]; then mkdir -p "$ITA_KEEP_FEED" && cp "$feed"/* "$ITA_KEEP_FEED"/; fi
version="$(sed -n 's/^[[:space:]]*<Version>\(.*\)<\/Version>.*/\1/p' Directory.Build.props | head -1)"
for package in Ita.Model Ita.Model.Office Ita.Model.Parquet Ita.Cli; do
  test -f "$feed/$package.$version.nupkg" || { echo "error: $package.$version.nupkg was not packed" >&2; exit 1; }
done

step "dotnet tool install -g Ita.Cli --add-source artifacts/packages"
dotnet tool install -g Ita.Cli --add-source artifacts/packages
ita="$HOME/.dotnet/tools/ita"
"$ita" --version
reported="$("$ita" --version)"
case "$reported" in "$version"*) ;; *) echo "error: ita --version says '$reported', not $version" >&2; exit 1 ;; esac
"$ita" report --lang en --width 80 > "$work/report.txt"
head -n 3 "$work/report.txt"
grep -q '^total: 90.76 · grade: Pass · passed · pass mark: 85.00$' "$work/report.txt" ||
  { echo "error: ita report did not print the sample's total" >&2; exit 1; }

step "dotnet nuget add source …/artifacts/packages --name ita-local"
dotnet nuget add source "$feed" --name ita-local

# README's C# block number $1 as Program.cs of a new console app that references Ita.Model (and the packages in $2...);
# it must print what the comment on its last line says.
example() {
  local n="$1"; shift
  mkdir "$work/app$n"
  cd "$work/app$n"
  dotnet new console --framework net10.0 -o . >/dev/null
  dotnet add package Ita.Model --version "$version" >/dev/null
  for package in "$@"; do dotnet add package "$package" >/dev/null; done
  awk -v n="$n" '/^```csharp$/ { k++; if (k == n) { on = 1; next } } on && /^```$/ { exit } on' "$root/README.md" > Program.cs
  [ -s Program.cs ] || { echo "error: README has no C# block $n" >&2; exit 1; }
  local expected actual
  expected="$(sed -n 's|.*// \(.*\)$|\1|p' Program.cs | tail -1)"
  actual="$(dotnet run -c Release)"
  echo "printed:  $actual"
  echo "expected: $expected"
  [ "$actual" = "$expected" ] || { echo "error: README's C# example $n printed something else" >&2; exit 1; }
  grep -o '<PackageReference [^>]*>' ./*.csproj
}

step "a console app with README's first C# example (dotnet add package Ita.Model)"
example 1
step "a console app with README's dependency-injection example (and Microsoft.Extensions.DependencyInjection)"
example 2 Microsoft.Extensions.DependencyInjection

step "package metadata"
for package in Ita.Model Ita.Model.Office Ita.Model.Parquet Ita.Cli; do
  dir="$work/unzip/$package"
  mkdir -p "$dir"
  unzip -q -o "$feed/$package.$version.nupkg" -d "$dir"
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
  echo "$package: $(grep -o '<repository [^>]*>' "$nuspec") $(grep -o '<projectUrl>[^<]*' "$nuspec" | sed 's/<projectUrl>/projectUrl /')"
  echo "  README's first link: $(grep -o -m1 '\]([^)#]*)' "$dir/README.md" | head -1)"
done
grep -q '^# Ita.Model' "$work/unzip/Ita.Model/README.md"
grep -q '^# ita — the Ita.Model command line' "$work/unzip/Ita.Cli/README.md"
grep -q '<packageType name="DotnetTool" />' "$work/unzip/Ita.Cli/Ita.Cli.nuspec"

if [ -n "$remote" ]; then
  # SourceLink: the portable PDB carries a JSON document that maps the clone's files to raw URLs at the commit.
  mkdir -p "$work/symbols"
  unzip -q -o "$feed/Ita.Model.$version.snupkg" -d "$work/symbols"
  sourcelink="$(grep -ao '{"documents":{[^}]*}}' "$work/symbols/lib/net10.0/Ita.Model.pdb" | head -1)"
  [ -n "$sourcelink" ] || { echo "error: no SourceLink JSON in Ita.Model.pdb" >&2; exit 1; }
  echo "sourcelink: $sourcelink"
fi
echo
echo "install: ok"

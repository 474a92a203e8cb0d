#!/usr/bin/env bash
# Publishes the native-AOT `ita` (docs/batch.md, "A native ita") and checks it against the JIT-compiled CLI: the same
# synthetic year written as CSV and as Parquet by both, scored by both from both, results written as CSV and Parquet —
# every pair of files must be byte-identical. Then prints the binary's size and the start-up time of both.
#   bash benchmarks/aot/check.sh [work-dir (${TMPDIR:-/tmp}/ita-aot)]
# Needs the .NET SDK, a C toolchain (gcc or clang; the ILCompiler package is restored from NuGet) and GNU time.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-${TMPDIR:-/tmp}/ita-aot}
rm -rf "$work/out" && mkdir -p "$work/out"
dotnet publish src/Ita.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$work/bin" --nologo > "$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
echo "publish warnings (unique):"
grep -oE 'warning IL[0-9]+: [^[]*' "$work/publish.log" | sort -u || echo "  none"
dotnet build src/Ita.Cli -c Release --nologo -v quiet > /dev/null
run() { # jit|aot args…
  local kind=$1; shift
  if [ "$kind" = jit ]; then dotnet src/Ita.Cli/bin/Release/net10.0/ita.dll "$@"; else "$work/bin/ita" "$@"; fi
}
for kind in jit aot; do
  run $kind synth --out-dir "$work/out/$kind-csv" --units 300 --respondents 20000 --seed 7 > /dev/null
  run $kind synth --out-dir "$work/out/$kind-pq" --units 300 --respondents 20000 --seed 7 --format parquet > /dev/null
  run $kind batch "$work/out/$kind-csv/answers.csv" "$work/out/$kind-csv/oit.csv" --out "$work/out/$kind-from-csv.csv" --quiet > /dev/null
  run $kind batch "$work/out/$kind-pq/answers.parquet" "$work/out/$kind-pq/oit.parquet" --out "$work/out/$kind-from-pq.csv" --quiet > /dev/null
  run $kind batch "$work/out/$kind-csv/answers.csv" "$work/out/$kind-csv/oit.csv" --out "$work/out/$kind-results.parquet" --quiet > /dev/null
done
cmp "$work/out/jit-csv/answers.csv" "$work/out/aot-csv/answers.csv"
cmp "$work/out/jit-pq/answers.parquet" "$work/out/aot-pq/answers.parquet"
cmp "$work/out/jit-from-csv.csv" "$work/out/aot-from-csv.csv"
cmp "$work/out/jit-from-pq.csv" "$work/out/aot-from-pq.csv"
cmp "$work/out/jit-from-csv.csv" "$work/out/jit-from-pq.csv"
cmp "$work/out/jit-results.parquet" "$work/out/aot-results.parquet"
echo "results: identical (CSV and Parquet input, CSV and Parquet output, JIT and native)"
ls -l "$work/bin/ita" | awk '{ printf "native ita: %.1f MB\n", $5 / 1048576 }'
for kind in jit aot; do
  for i in 1 2 3 4 5; do /usr/bin/time -a -o "$work/startup" -f "$kind %e %U %S %M" bash -c "$( [ $kind = jit ] && echo "dotnet src/Ita.Cli/bin/Release/net10.0/ita.dll" || echo "$work/bin/ita" ) --version > /dev/null"; done
done
echo "start-up (ita --version): kind wall-s user-s sys-s peak-KB"
cat "$work/startup"; rm -f "$work/startup"

#!/usr/bin/env bash
# CI smoke run of the batch engine and its benchmarks, on tiny years (well under a minute). Exits non-zero on failure.
#   1. `ita synth` writes a tiny year as CSV and as JSON Lines; `ita batch` scores both and writes results.
#   2. The benchmark executable's --smoke mode checks batch = single-unit engine on a tiny year and runs every
#      BenchmarkDotNet benchmark once (in-process dry job).
# Uses the Release build when present (CI builds the solution first), else builds it.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

cli=src/Ita.Cli/bin/Release/net10.0/ita.dll
bench=benchmarks/Ita.Model.Benchmarks/bin/Release/net10.0/Ita.Model.Benchmarks.dll
if [ ! -f "$cli" ] || [ ! -f "$bench" ]; then
  dotnet build src/Ita.Cli -c Release --nologo -v quiet
  dotnet build benchmarks/Ita.Model.Benchmarks -c Release --nologo -v quiet
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== ita synth + ita batch (CSV)"
dotnet "$cli" synth --out-dir "$work/csv" --units 60 --respondents 6000
dotnet "$cli" batch "$work/csv/answers.csv" "$work/csv/oit.csv" --out "$work/csv/results.csv" --quiet
rows=$(wc -l < "$work/csv/results.csv")
if [ "$rows" -ne 61 ]; then
  echo "smoke: FAILED: results.csv has $rows lines, expected 61 (header + 60 units)" >&2
  exit 1
fi

echo "== ita synth + ita batch (JSON Lines)"
dotnet "$cli" synth --out-dir "$work/json" --units 25 --respondents 2000 --format json
dotnet "$cli" batch "$work/json/year.jsonl" --out "$work/json/results.json" --quiet
grep -q '"kind": "batchResults"' "$work/json/results.json" || { echo "smoke: FAILED: results.json is not a batch result" >&2; exit 1; }

echo "== BenchmarkDotNet smoke (tiny year, in-process dry job)"
dotnet "$bench" --smoke --artifacts "$work/bdn"
echo "smoke: OK"

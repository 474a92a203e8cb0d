#!/usr/bin/env bash
# Peer comparison (benchmarks/README.md): the same national synthetic year scored by `ita batch`, DuckDB and Polars
# (from npm: PyPI is not reachable here), interleaved; every unit's figures checked against ita's; Parquet input timed
# against CSV input; ita's Parquet results checked against its CSV results with DuckDB.
#   bash benchmarks/peers/run.sh [rounds (3)] [work dir (${TMPDIR:-/tmp}/ita-peers)]
# Prints one line per run (seconds, peak RSS) and a summary; takes a few minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")"
peers=$(pwd)
root=$(cd ../.. && pwd)
rounds=${1:-3}
work=${2:-${TMPDIR:-/tmp}/ita-peers}
mkdir -p "$work"

if [ ! -d node_modules/@duckdb/node-api ] || [ ! -d node_modules/nodejs-polars ]; then
  npm ci --no-audit --no-fund
fi
cli=${ITA_CLI:-$root/src/Ita.Cli/bin/Release/net10.0/ita.dll}
[ -f "$cli" ] || dotnet build "$root/src/Ita.Cli" -c Release --nologo -v quiet
ita() { dotnet "$cli" "$@"; }

if [ ! -f "$work/csv/answers.csv" ]; then ita synth --out-dir "$work/csv" >/dev/null; fi
if [ ! -f "$work/parquet/answers.parquet" ]; then ita synth --out-dir "$work/parquet" --format parquet >/dev/null; fi
ls -l "$work/csv" "$work/parquet" | grep -E 'answers|oit'

log=$work/runs.tsv
: > "$log"
timed() { # name command…: wall seconds and peak RSS (KB) of one run
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/$name.out" 2> "$work/$name.err" || { cat "$work/$name.err" >&2; exit 1; }
  read -r secs kb < "$work/time.txt"
  printf '%s\t%s\t%s\n' "$name" "$secs" "$kb" | tee -a "$log"
}

for r in $(seq "$rounds"); do
  timed ita-csv dotnet "$cli" batch "$work/csv/answers.csv" "$work/csv/oit.csv" --out "$work/ita.csv" --quiet
  timed duckdb node "$peers/duckdb.mjs" "$work/csv/answers.csv" "$work/csv/oit.csv" "$work/duckdb.csv"
  timed polars node "$peers/polars.mjs" "$work/csv/answers.csv" "$work/csv/oit.csv" "$work/polars.csv"
  timed ita-parquet dotnet "$cli" batch "$work/parquet/answers.parquet" "$work/parquet/oit.parquet" --out "$work/ita-from-parquet.csv" --quiet
done

echo "== figures: every unit of the peers against ita (2-decimal figures and grade)"
node "$peers/compare.mjs" "$work/ita.csv" "$work/duckdb.csv" duckdb | tee "$work/duckdb.json"
node "$peers/compare.mjs" "$work/ita.csv" "$work/polars.csv" polars | tee "$work/polars.json"
if cmp -s "$work/ita.csv" "$work/ita-from-parquet.csv"; then echo "ita from Parquet input: results identical to CSV input"; else echo "ita from Parquet input: results DIFFER from CSV input"; fi

echo "== ita's Parquet results read by DuckDB"
awk -F, 'NR > 1 { printf "%s,%s\n", $1, (NR % 7 == 0 ? "north" : NR % 3 == 0 ? "south" : "central") }' "$work/ita.csv" | sed '1i unit,region' > "$work/units.csv"
ita batch "$work/csv/answers.csv" "$work/csv/oit.csv" --out "$work/ita.parquet" --units "$work/units.csv" --group-by region --group-out "$work/groups.csv" --quiet > /dev/null
ita batch "$work/csv/answers.csv" "$work/csv/oit.csv" --units "$work/units.csv" --group-by region --group-out "$work/groups.parquet" --quiet > /dev/null
node "$peers/check-parquet.mjs" "$work/ita.csv" "$work/ita.parquet" "$work/groups.csv" "$work/groups.parquet"

echo "== summary (min / median seconds, max peak RSS)"
awk -F'\t' '{ n[$1]++; t[$1, n[$1]] = $2; if ($3 > m[$1]) m[$1] = $3 }
  END { for (k in n) { c = n[k]; for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (t[k, j] < t[k, i]) { x = t[k, i]; t[k, i] = t[k, j]; t[k, j] = x }
        printf "%-12s min %6.2f s  median %6.2f s  peak %5.0f MB  (%d runs)\n", k, t[k, 1], t[k, int((c + 1) / 2)], m[k] / 1024, c } }' "$log" | sort

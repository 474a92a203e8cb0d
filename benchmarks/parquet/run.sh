#!/usr/bin/env bash
# Parquet input against CSV input on the national year (issue 13 item 3: "Parquet input at least 3x faster than CSV
# input"), interleaved and repeated.
#   bash benchmarks/parquet/run.sh [rounds=5] [work-dir=/tmp/ita-parquet]
# Builds the CLI (Release), generates the national year once as CSV and as Parquet with `ita synth` (seed 2568: 8,317
# units, 15.3 M answers), then runs in each round `ita batch ANSWERS OIT --out results.csv` on the CSV files and on
# the Parquet files, with the JIT-compiled CLI and, with ITA_AOT=path/to/native/ita (benchmarks/aot/check.sh publishes
# one), the native ita too. Checks that every run wrote the same results. Prints per run the wall time, CPU time
# (user + sys), peak memory and the read phase `ita batch` reports, then per program and input the min and median wall
# time, the median CPU time and the median read phase, and the ratios CSV / Parquet of the medians.
# Needs GNU time (/usr/bin/time) and the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-5}"
work="${2:-/tmp/ita-parquet}"
mkdir -p "$work"
dotnet build src/Ita.Cli -c Release --nologo -v quiet >/dev/null
jit=(dotnet "src/Ita.Cli/bin/Release/net10.0/ita.dll")
[ -f "$work/csv/answers.csv" ] || "${jit[@]}" synth --out-dir "$work/csv" >/dev/null
[ -f "$work/parquet/answers.parquet" ] || "${jit[@]}" synth --format parquet --out-dir "$work/parquet" >/dev/null
programs=(jit)
if [ -n "${ITA_AOT:-}" ]; then programs=(native jit); fi
uptime
: >"$work/times"
run() { # program input
  local prog=$1 input=$2 cmd
  if [ "$prog" = native ]; then cmd=("$ITA_AOT"); else cmd=("${jit[@]}"); fi
  local files=("$work/csv/answers.csv" "$work/csv/oit.csv")
  if [ "$input" = parquet ]; then files=("$work/parquet/answers.parquet" "$work/parquet/oit.parquet"); fi
  /usr/bin/time -o "$work/time.one" -f "%e %U %S %M" "${cmd[@]}" batch "${files[@]}" --out "$work/results-$prog-$input.csv" >"$work/out.one" 2>&1
  # The read phase: the "in …" line after "read …" ("in 412 ms" or "in 1.2 s").
  local read
  read=$(awk '/^  read /{r=1; next} r && /^ +in /{print $2, $3; exit}' "$work/out.one" | awk '{ print ($2 == "s" ? $1 * 1000 : $1) }')
  echo "$prog-$input $(cat "$work/time.one") $read" >>"$work/times"
}
for ((i = 1; i <= rounds; i++)); do
  for prog in "${programs[@]}"; do
    run "$prog" csv
    run "$prog" parquet
  done
done
for prog in "${programs[@]}"; do
  cmp "$work/results-${programs[0]}-csv.csv" "$work/results-$prog-csv.csv"
  cmp "$work/results-${programs[0]}-csv.csv" "$work/results-$prog-parquet.csv"
done
uptime
echo "program-input wall-s user-s sys-s peak-KB read-ms"
cat "$work/times"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
for key in $(awk '{ print $1 }' "$work/times" | sort -u); do
  wall=$(awk -v k="$key" '$1 == k { print $2 }' "$work/times")
  printf "%-16s wall min %.2f s  median %.2f s   CPU median %.2f s   read median %d ms   peak %d MB  (%d runs)\n" "$key" \
    "$(echo "$wall" | sort -n | head -1)" "$(echo "$wall" | median)" \
    "$(awk -v k="$key" '$1 == k { print $3 + $4 }' "$work/times" | median)" \
    "$(awk -v k="$key" '$1 == k { print $6 }' "$work/times" | median)" \
    "$(( $(awk -v k="$key" '$1 == k { print $5 }' "$work/times" | sort -n | tail -1) / 1024 ))" "$(echo "$wall" | wc -l)"
done
for prog in "${programs[@]}"; do
  c=$(awk -v k="$prog-csv" '$1 == k { print $2 }' "$work/times" | median)
  p=$(awk -v k="$prog-parquet" '$1 == k { print $2 }' "$work/times" | median)
  cr=$(awk -v k="$prog-csv" '$1 == k { print $6 }' "$work/times" | median)
  pr=$(awk -v k="$prog-parquet" '$1 == k { print $6 }' "$work/times" | median)
  awk -v n="$prog" -v c="$c" -v p="$p" -v cr="$cr" -v pr="$pr" 'BEGIN { printf "%s: CSV / Parquet, median wall %.2fx, median read phase %.2fx\n", n, c / p, cr / pr }'
done

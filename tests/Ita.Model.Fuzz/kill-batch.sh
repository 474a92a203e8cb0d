#!/usr/bin/env bash
# Kills `ita batch` with SIGKILL at random moments while it scores and writes a year's results, and checks that the
# results file is always either the previous file or the complete new one (docs/reliability.md, "Files the tool
# writes"). The CI test OutputFileTests.KilledBatch_NeverLeavesAPartialResultsFile does the same on a small year.
#   bash tests/Ita.Model.Fuzz/kill-batch.sh [KILLS] [UNITS]     # default: 20 kills, a national year (8,317 units)
# Needs a Release build (dotnet build Ita.Model.sln -c Release).
set -euo pipefail
cd "$(dirname "$0")/../.."
kills=${1:-20}
units=${2:-8317}
ita="dotnet src/Ita.Cli/bin/Release/net10.0/ita.dll"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

$ita synth --out-dir "$work" --units "$units" >/dev/null
start=$(date +%s%N)
$ita batch "$work/answers.csv" "$work/oit.csv" --out "$work/reference.csv" --quiet >/dev/null
run_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "year: $units units, $(du -h "$work/answers.csv" | cut -f1) answers; one run ${run_ms} ms; results $(wc -c <"$work/reference.csv") bytes"

RANDOM=20261202
complete=0; previous=0
for i in $(seq 1 "$kills"); do
  printf 'previous run %d\n' "$i" >"$work/results.csv"
  $ita batch "$work/answers.csv" "$work/oit.csv" --out "$work/results.csv" --quiet >/dev/null 2>&1 &
  pid=$!
  # A random moment between a third of the run and its end, most of them in the last part (scoring and writing).
  delay_ms=$(( run_ms / 3 + (RANDOM * 32768 + RANDOM) % (run_ms * 11 / 12 + 1) ))
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if cmp -s "$work/results.csv" "$work/reference.csv"; then
    complete=$((complete + 1)); what=complete
  elif [ "$(cat "$work/results.csv")" = "previous run $i" ]; then
    previous=$((previous + 1)); what=previous
  else
    echo "kill $i after ${delay_ms} ms: PARTIAL results file ($(wc -c <"$work/results.csv") bytes)" >&2
    exit 1
  fi
  echo "kill $i after ${delay_ms} ms: $what"
  rm -f "$work"/.*.ita-tmp
done
echo "$kills kills: $previous left the previous file, $complete found the complete file, 0 partial"

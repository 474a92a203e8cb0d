#!/usr/bin/env bash
# ita batch on a national CSV year against the C floor (floor.c), interleaved and repeated (issue 13 item 3).
#   bash benchmarks/floor/run.sh [rounds=5] [work-dir=/tmp/ita-floor]
# Builds the floor (cc -O2 -o floor floor.c) and the CLI (Release), generates the year once with `ita synth`
# (8,317 units, 15.3 M answers, 314 MB), then runs in each round: the floor, `ita batch` on all cores, and `ita batch`
# on one core (DOTNET_PROCESSOR_COUNT=1: the sequential reader); with ITA_AOT=path/to/native/ita (benchmarks/aot/check.sh
# publishes one) also the native ita on all cores. Checks that every ita run wrote the same results. Prints wall time,
# CPU time and peak memory of every run, then per program the min and median wall time and the median CPU time
# (user + sys). Needs cc, GNU time (/usr/bin/time) and the .NET SDK.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-5}"
work="${2:-/tmp/ita-floor}"
mkdir -p "$work"
cc -O2 -o "$work/floor" benchmarks/floor/floor.c
dotnet build src/Ita.Cli -c Release --nologo -v quiet >/dev/null
ita=(dotnet "src/Ita.Cli/bin/Release/net10.0/ita.dll")
[ -f "$work/year/answers.csv" ] || "${ita[@]}" synth --out-dir "$work/year" >/dev/null
uptime
: >"$work/times"
for ((i = 1; i <= rounds; i++)); do
  /usr/bin/time -a -o "$work/times" -f "floor %e %U %S %M" "$work/floor" "$work/year/answers.csv" >/dev/null
  /usr/bin/time -a -o "$work/times" -f "ita-all-cores %e %U %S %M" "${ita[@]}" batch "$work/year/answers.csv" "$work/year/oit.csv" --out "$work/results.csv" -q >/dev/null 2>&1
  DOTNET_PROCESSOR_COUNT=1 /usr/bin/time -a -o "$work/times" -f "ita-one-core %e %U %S %M" "${ita[@]}" batch "$work/year/answers.csv" "$work/year/oit.csv" --out "$work/results1.csv" -q >/dev/null 2>&1
  if [ -n "${ITA_AOT:-}" ]; then
    /usr/bin/time -a -o "$work/times" -f "ita-native %e %U %S %M" "$ITA_AOT" batch "$work/year/answers.csv" "$work/year/oit.csv" --out "$work/results-native.csv" -q >/dev/null 2>&1
  fi
done
cmp "$work/results.csv" "$work/results1.csv"
if [ -n "${ITA_AOT:-}" ]; then cmp "$work/results.csv" "$work/results-native.csv"; fi
uptime
echo "program wall-s user-s sys-s peak-KB"
cat "$work/times"
# Per program: min and median wall time, median CPU time (user + sys), peak memory (portable awk: no asort).
for p in $(awk '{ print $1 }' "$work/times" | sort -u); do
  wall=$(awk -v p="$p" '$1 == p { print $2 }' "$work/times" | sort -n)
  cpu=$(awk -v p="$p" '$1 == p { print $3 + $4 }' "$work/times" | sort -n)
  n=$(echo "$wall" | wc -l); mid=$(( (n + 1) / 2 ))
  printf "%-14s wall min %.2f s  median %.2f s   CPU median %.2f s   peak %d MB  (%d runs)\n" "$p" "$(echo "$wall" | head -1)" \
    "$(echo "$wall" | sed -n "${mid}p")" "$(echo "$cpu" | sed -n "${mid}p")" "$(( $(awk -v p="$p" '$1 == p { print $5 }' "$work/times" | sort -n | tail -1) / 1024 ))" "$n"
done

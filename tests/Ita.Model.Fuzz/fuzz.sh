#!/usr/bin/env bash
# The fuzzing harness (docs/reliability.md, "Fuzzing").
#   bash tests/Ita.Model.Fuzz/fuzz.sh ci            # CI: 20,000 seeded cases (.ci/run), failures not saved, exit 1 on any
#   bash tests/Ita.Model.Fuzz/fuzz.sh long [SEED]   # the long run: 1,000,000 cases on one core, niced; failures saved
#   bash tests/Ita.Model.Fuzz/fuzz.sh replay        # every kept failure once more, with the memory bound (CI runs it first)
#   bash tests/Ita.Model.Fuzz/fuzz.sh run ARGS…     # any other run, e.g. --cases 5000 --targets assessment,edition
# Needs a Release build of the solution (dotnet build Ita.Model.sln -c Release).
# Memory: at most 20 bytes held per input byte + 32 MiB (docs/reliability.md); a case allocating more is run again
# and its live heap sampled while it runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
dll=tests/Ita.Model.Fuzz/bin/Release/net10.0/Ita.Model.Fuzz.dll
if [ ! -f "$dll" ]; then
  dotnet build tests/Ita.Model.Fuzz -c Release >/dev/null
fi

# Targets kept out of the CI run until their reader is fixed (one name a line; see docs/reliability.md).
exclude=$(grep -v '^#' tests/Ita.Model.Fuzz/ci-exclude.txt 2>/dev/null | tr -d ' ' | paste -sd, - || true)

mode=${1:-ci}
shift || true
case "$mode" in
  ci)
    # The kept failures first (FuzzRegressionTests replays them too, but without the memory bound), then 20,000
    # cases; inputs up to 256 KiB keep the run near a minute.
    if ! replayed=$(dotnet "$dll" --replay tests/Ita.Model.Fuzz/Regressions); then
      echo "$replayed" | grep -v '^ok '
      exit 1
    fi
    echo "fuzz: $(echo "$replayed" | grep -c '^ok ') kept failures replayed, all within their promises and the memory bound"
    exec dotnet "$dll" --cases 20000 --seed 20261202 --save-failures false --max-input 262144 \
      ${exclude:+--exclude "$exclude"} "$@"
    ;;
  long)
    seed=${1:-1}
    shift || true
    # One core, lowest priority: the machine stays usable, and the run is reproducible from its seed.
    DOTNET_PROCESSOR_COUNT=1 exec nice -n 19 taskset -c 0 dotnet "$dll" --cases 1000000 --seed "$seed" --max-input 1048576 "$@"
    ;;
  replay)
    exec dotnet "$dll" --replay tests/Ita.Model.Fuzz/Regressions "$@"
    ;;
  run)
    exec dotnet "$dll" "$@"
    ;;
  *)
    echo "usage: fuzz.sh ci | long [SEED] | replay | run ARGS…" >&2
    exit 2
    ;;
esac

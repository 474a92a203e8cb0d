#!/usr/bin/env bash
# The fuzzing harness (docs/reliability.md, "Fuzzing").
#   bash tests/Ita.Model.Fuzz/fuzz.sh ci            # CI: 20,000 seeded cases (.ci/run), failures not saved, exit 1 on any
#   bash tests/Ita.Model.Fuzz/fuzz.sh long [SEED]   # the long run: 1,000,000 cases on one core, niced; failures saved
#   bash tests/Ita.Model.Fuzz/fuzz.sh run ARGS…     # any other run, e.g. --cases 5000 --targets assessment,edition
# Needs a Release build of the solution (dotnet build Ita.Model.sln -c Release).
# Memory: at most 20 bytes held per input byte + 32 MiB (docs/reliability.md); a case allocating more is measured
# again for its peak heap, with collections every 4 MiB of allocation (a small generation-0 budget) so that the peak
# is seen closely.
set -euo pipefail
export DOTNET_GCgen0size=0x400000
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
    # Inputs up to 256 KiB keep the run near a minute.
    exec dotnet "$dll" --cases 20000 --seed 20261202 --save-failures false --max-input 262144 \
      ${exclude:+--exclude "$exclude"} "$@"
    ;;
  long)
    seed=${1:-1}
    shift || true
    # One core, lowest priority: the machine stays usable, and the run is reproducible from its seed.
    DOTNET_PROCESSOR_COUNT=1 exec nice -n 19 taskset -c 0 dotnet "$dll" --cases 1000000 --seed "$seed" --max-input 1048576 "$@"
    ;;
  run)
    exec dotnet "$dll" "$@"
    ;;
  *)
    echo "usage: fuzz.sh ci | long [SEED] | run ARGS…" >&2
    exit 2
    ;;
esac

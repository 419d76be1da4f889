#!/usr/bin/env bash
# The bounded fuzzing ./test does: every target for 15 seconds (about 90 s in all with the build).
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh fuzz >/dev/null || { echo "not ok - fuzzers do not build"; echo "# pass 0"; echo "# fail 1"; exit 1; }
exec scripts/fuzz-run.sh all "${CR_FUZZ_SECONDS:-15}"

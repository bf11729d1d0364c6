#!/usr/bin/env bash
# Crash durability, full form, one command: bench/crash.sh [KILLS] [SEED]
# 64 clients register, save drafts, upload materials and submit while the server is SIGKILLed KILLS times
# (default 20) at random moments and restarted on the same data directory; then every receipt is checked
# (tests/integration/crash_test.cpp; ctest runs the same test with 3 kills).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${SXPOOL_BUILD_DIR:-$here/build/native}
if [ ! -f "$build/CMakeCache.txt" ]; then cmake --preset native >/dev/null; fi
cmake --build "$build" -j2 --target sxpool sxpool_integration_tests >/dev/null
export SXPOOL_CRASH_KILLS=${1:-20}
[ -n "${2:-}" ] && export SXPOOL_CRASH_SEED=$2
exec nice -n 19 "$build/tests/integration/sxpool_integration_tests" '[crash]' --durations yes

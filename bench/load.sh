#!/usr/bin/env bash
# Load and backup under load, full form, one command: bench/load.sh [USERS] [SECONDS] [BACKUPS]
# 200 simulated users (80 % applicants: reads, draft saves, uploads, submissions; 20 % reviewers: queues, cases,
# actions) for 60 s against `sxpool serve` on loopback, 3 backups taken meanwhile, each restored and compared.
# Prints requests/s, p50/p99 per route, errors and the server's peak RSS; exits 1 on any error
# (bench/load_bench.cpp; ctest runs load_smoke: 20 users, 5 s, one backup).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${SXPOOL_BUILD_DIR:-$here/build/native}
if [ ! -f "$build/CMakeCache.txt" ]; then cmake --preset native >/dev/null; fi
cmake --build "$build" -j2 --target sxpool sxpool_load_bench >/dev/null
exec "$build/bench/sxpool_load_bench" --users "${1:-200}" --seconds "${2:-60}" --backups "${3:-3}" --think-ms "${SXPOOL_THINK_MS:-100}"

#!/bin/sh
# Builds the unit tests with Emscripten and runs them under node (same vectors as the native tests).
# Usage: tests/wasm/run.sh [Catch2 arguments]   (build dir: build/h-domain-wasm)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/h-domain-wasm"
export NODE_PATH=/usr/share/nodejs
[ -f "$build/CMakeCache.txt" ] ||
  emcmake cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DSXPOOL_WEB_APP=OFF >/dev/null
cmake --build "$build" --target sxpool_unit_tests_wasm -j2
exec node "$build/tests/wasm/sxpool_unit_tests_wasm.js" "$@"

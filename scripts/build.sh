#!/usr/bin/env bash
# Builds everything: the native preset (domain model, server, tests, benchmarks) and the web preset
# (domain model + browser bundle in build/web/dist). Incremental after the first run.
#   scripts/build.sh --server-only   natively only the server `sxpool` (scripts/test.sh: the native tests are
#                                    built and run in the asan preset; the browser tests need the server)
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Debian's Emscripten needs it to find acorn
native_targets=()
[ "${1:-}" = "--server-only" ] && native_targets=(--target sxpool)
step() { printf '\n[build] %s\n' "$*"; }
step "本机构建（${native_targets:+仅服务器}${native_targets:-域模型、服务器、测试}）"
[ -f build/native/CMakeCache.txt ] || cmake --preset native >/dev/null
cmake --build --preset native "${native_targets[@]}"
echo "[build] 本机构建用时 ${SECONDS} 秒"
SECONDS=0
step "浏览器构建（Emscripten）"
[ -f build/web/CMakeCache.txt ] || cmake --preset web >/dev/null
cmake --build --preset web
echo "[build] 浏览器构建用时 ${SECONDS} 秒"

#!/usr/bin/env bash
# Web benchmark, one command: builds what it needs, then in one headless Chromium run measures sxpool beside the
# bare ImGui page (bench/web_bare): gzip bytes before the first frame, time to it, frames drawn in 10 s idle,
# and the wizard's frame time with 50-row tables; then the reviewer's queue at 100 000 applications (seeded as
# bench/server.sh does): CPU per frame while scrolling and paging, and filter change → new page drawn
# (bench/web_queue_bench.mjs; SXPOOL_BENCH_QUEUE_N sets the number). Prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh >/dev/null
bash scripts/build.sh >/dev/null
node bench/web_bench.mjs
cmake --build build/native -j2 --target sxpool sxpool_server_bench >/dev/null
node bench/web_queue_bench.mjs

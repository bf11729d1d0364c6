#!/usr/bin/env bash
# Web benchmark, one command: builds what it needs, then in one headless Chromium run measures sxpool beside the
# bare ImGui page (bench/web_bare): gzip bytes before the first frame, time to it, frames drawn in 10 s idle,
# and the wizard's frame time with 50-row tables. Prints the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh >/dev/null
bash scripts/build.sh >/dev/null
node bench/web_bench.mjs

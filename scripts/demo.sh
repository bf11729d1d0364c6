#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: installs, builds, and starts the sxpool server with demo data
# (SQLite in ./data/demo) on 127.0.0.1. Stop with Ctrl+C. SXPOOL_PORT / SXPOOL_HOST change the address.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build.sh
host=${SXPOOL_HOST:-127.0.0.1}
port=${SXPOOL_PORT:-8080}
mkdir -p data/demo
echo
echo "[demo] 启动服务器：http://$host:$port/ （按 Ctrl+C 停止）"
exec build/native/server/sxpool serve --host "$host" --port "$port" --data-dir data/demo --demo

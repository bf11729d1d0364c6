#!/usr/bin/env bash
# Fails when a tracked C++ file is not in the repository's .clang-format style (fix: clang-format -i FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
bad=$(git ls-files '*.cpp' '*.hpp' '*.h' | while read -r f; do
  [ -f "$f" ] && ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1 && echo "$f"
done || true)
if [ -n "$bad" ]; then
  echo "[format] 以下文件不符合 .clang-format 风格（用 clang-format -i 修正）：" >&2
  echo "$bad" >&2
  exit 1
fi
echo "[format] 全部 C++ 文件符合 .clang-format 风格"

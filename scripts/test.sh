#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: installs, builds and runs every test — Catch2 unit and integration
# tests (ctest, native), the domain test vectors under node (wasm build), and the browser end-to-end tests
# (Debian chromium + playwright-core). Exits non-zero on any failure. Artifacts (screenshots) in artifacts/.
set -uo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs
started=$(date +%s)
lap=$started
elapsed() {  # prints the time since the previous call and since the start, so a slow part shows in the log
  local now
  now=$(date +%s)
  printf '[test] 用时 %d 秒（累计 %d 秒）\n' $((now - lap)) $((now - started))
  lap=$now
}
bash scripts/deps.sh || { echo "[test] 依赖安装失败" >&2; exit 1; }
elapsed
bash scripts/build.sh --server-only || { echo "[test] 构建失败" >&2; exit 1; }
elapsed
mkdir -p artifacts
passed=0
failed=0
status=0

count_ctest() {  # adds a ctest log's "N% tests passed, F tests failed out of T" to the totals
  local line total bad
  if line=$(grep -E '^[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "$1" | tail -n 1); then
    total=$(sed -E 's/.* out of ([0-9]+).*/\1/' <<<"$line")
    bad=$(sed -E 's/.*passed, ([0-9]+) tests failed.*/\1/' <<<"$line")
    passed=$((passed + total - bad)); failed=$((failed + bad))
  else
    status=1
  fi
}

printf '\n[test] 代码风格（.clang-format）\n'
if bash scripts/check_format.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); fi

# The whole native suite (Catch2 unit, server, web-core and integration tests) runs once, built with
# AddressSanitizer + UndefinedBehaviorSanitizer (docs/reliability.md): the same tests, and any memory error or
# undefined behaviour fails them; a sanitizer report in the server child's stderr fails its integration test.
# `ctest --preset native` runs the same tests without the sanitizers.
printf '\n[test] Catch2 单元与集成测试，ASan + UBSan 构建（ctest --preset asan）\n'
if { [ -f build/asan/CMakeCache.txt ] || cmake --preset asan >/dev/null; } && cmake --build --preset asan >artifacts/asan-build.log 2>&1; then
  elapsed
  ctest --preset asan -j2 2>&1 | tee artifacts/ctest.log
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  count_ctest artifacts/ctest.log
else
  tail -n 40 artifacts/asan-build.log
  echo "[test] 消毒器构建失败（见 artifacts/asan-build.log）" >&2
  failed=$((failed + 1)); status=1
fi

elapsed
printf '\n[test] libFuzzer 冒烟测试（fuzz/run.sh，每个目标约 %s 秒）\n' "${SXPOOL_FUZZ_SECONDS:-15}"
bash fuzz/run.sh 2>&1 | tee artifacts/fuzz.log
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
if line=$(grep -E '^fuzz: [0-9]+ passed, [0-9]+ failed' artifacts/fuzz.log | tail -n 1); then
  passed=$((passed + $(awk '{print $2}' <<<"$line"))); failed=$((failed + $(awk '{print $4}' <<<"$line")))
else
  status=1
fi

elapsed
count_node() {  # adds a node --test / TAP log's "# pass N" and "# fail N" to the totals
  local p f
  p=$(grep -E '^# pass [0-9]+' "$1" | tail -n 1 | awk '{print $3}')
  f=$(grep -E '^# fail [0-9]+' "$1" | tail -n 1 | awk '{print $3}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  [ -n "$p" ] || status=1
}

for runner in build/web/tests/wasm/*.js; do
  [ -f "$runner" ] || continue
  printf '\n[test] 域模型测试向量（wasm，node）：%s\n' "$runner"
  node "$runner" --use-colour no 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | tee artifacts/wasm.log
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  # Catch2's summary: "All tests passed (A assertions in N test cases)" or "test cases: N | P passed | F failed"
  if n=$(grep -oE 'All tests passed \([0-9]+ assertions? in [0-9]+ test cases?\)' artifacts/wasm.log | grep -oE '[0-9]+ test case' | grep -oE '[0-9]+'); then
    passed=$((passed + n))
  elif line=$(grep -E '^test cases:' artifacts/wasm.log | tail -n 1); then
    p=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+'); f=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  else
    status=1
  fi
done

elapsed
printf '\n[test] 浏览器端到端测试（chromium + playwright-core）\n'
(cd tests/e2e && SXPOOL_BIN="$PWD/../../build/native/server/sxpool" node --test --test-reporter=tap \
   --test-concurrency=1 ./*.test.mjs) 2>&1 | tee artifacts/e2e.log
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1
count_node artifacts/e2e.log

elapsed
printf '\n[test] 合计\n'
echo "sxpool: $passed passed, $failed failed"
[ "$failed" -eq 0 ] || status=1
exit $status

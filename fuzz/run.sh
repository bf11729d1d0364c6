#!/usr/bin/env bash
# The libFuzzer targets (docs/reliability.md「模糊测试」). One command each way:
#   fuzz/run.sh                 smoke run (CI, scripts/test.sh): build, seed, each target SXPOOL_FUZZ_SECONDS
#                               (default 25) seconds, plus every committed regression input; one pass/fail per target
#   fuzz/run.sh --long [RUNS]   long run: all targets at once, each until RUNS executions (default 10 000 000) or
#                               SXPOOL_FUZZ_MAX_SECONDS (default: no limit), under nice -n 19; corpora kept in
#                               build/fuzz/corpus/<target> and grown across runs
#   fuzz/run.sh ... TARGET...   only these targets (application wire csv upload fields)
# A crash, leak, timeout or broken invariant writes its input to build/fuzz/crashes/<target>-…; keep it as
# fuzz/regressions/<target>/<name> once fixed (and add a Catch2 test of the same input).
# The last line: "fuzz: P passed, F failed". Logs: build/fuzz/logs/<target>.log.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
build="$here/build/fuzz"
mode=smoke
runs=10000000
if [ "${1:-}" = "--long" ]; then
  mode=long
  shift
  if [[ "${1:-}" =~ ^[0-9]+$ ]]; then runs=$1; shift; fi
fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(application wire csv upload fields)
seconds=${SXPOOL_FUZZ_SECONDS:-15}

launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
start=$(date +%s)
if ! { cmake --preset fuzz "${launcher[@]}" >/dev/null &&
       cmake --build "$build" -j2 --target fuzz_seeds $(printf 'fuzz_%s ' "${targets[@]}") >/dev/null; }; then
  echo "[fuzz] 构建失败（需要 clang-14 与 libclang-rt-14-dev：bash scripts/deps.sh）" >&2
  echo "fuzz: 0 passed, ${#targets[@]} failed"
  exit 1
fi
echo "[fuzz] 构建用时 $(( $(date +%s) - start )) 秒"
bash fuzz/make_seeds.sh "$build" || { echo "fuzz: 0 passed, ${#targets[@]} failed"; exit 1; }
mkdir -p "$build/logs" "$build/crashes" "$build/corpus"

passed=0
failed=0
report() {  # target, 1 when it passed: one line, and the totals
  local t=$1 ok=$2 log="$build/logs/$1.log" corpus="$build/corpus/$1" execs cov
  execs=$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | awk '{print $2}' | tail -n 1)
  cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 | awk '{print $2}')
  if [ "$ok" -eq 1 ]; then
    passed=$((passed + 1))
    echo "[fuzz] $t: 通过（${execs:-?} 次执行，覆盖 ${cov:-?} 条边，语料 $(ls "$corpus" | wc -l) 个）"
  else
    failed=$((failed + 1))
    echo "[fuzz] $t: 失败（${execs:-?} 次执行）——见 $log 与 $build/crashes/" >&2
    grep -E 'ERROR|invariant broken|SUMMARY|==[0-9]+==' "$log" "$log.regressions" 2>/dev/null | head -n 8 >&2
  fi
}

declare -A pids oks
for t in "${targets[@]}"; do
  bin="$build/fuzz/fuzz_$t"
  log="$build/logs/$t.log"
  seeds="$build/seeds/$t"
  corpus="$build/corpus/$t"
  mkdir -p "$corpus"
  case "$t" in application) max_len=65536 ;; csv) max_len=32768 ;; wire) max_len=16384 ;; *) max_len=1024 ;; esac
  opts=(-artifact_prefix="$build/crashes/$t-" -print_final_stats=1 -max_len=$max_len -timeout=10 -rss_limit_mb=2048
        -dict="$build/seeds/json.dict")
  ok=1
  # Every kept regression input first: each once, with the sanitizers.
  if [ -d "fuzz/regressions/$t" ] && [ -n "$(ls -A "fuzz/regressions/$t")" ]; then
    "$bin" "${opts[@]}" fuzz/regressions/"$t"/* >"$log.regressions" 2>&1 || ok=0
  fi
  if [ "$mode" = long ]; then
    nice -n 19 "$bin" "${opts[@]}" -runs="$runs" -max_total_time="${SXPOOL_FUZZ_MAX_SECONDS:-0}" "$corpus" "$seeds" \
      >"$log" 2>&1 &
    pids[$t]=$!
    oks[$t]=$ok
    continue
  fi
  "$bin" "${opts[@]}" -max_total_time="$seconds" "$corpus" "$seeds" >"$log" 2>&1 || ok=0
  report "$t" "$ok"
done
for t in "${!pids[@]}"; do
  ok=${oks[$t]}
  wait "${pids[$t]}" || ok=0
  report "$t" "$ok"
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

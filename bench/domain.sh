#!/bin/sh
# Builds and runs the domain-model benchmark (Release), then prints validation vs decode.
# Usage: bench/domain.sh [extra Google Benchmark flags]   (build dir: build/bench-domain)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build/bench-domain"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target sxpool_domain_bench -j2 >/dev/null
json="$build/domain_bench.json"
"$build/bench/sxpool_domain_bench" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true \
  --benchmark_out="$json" --benchmark_out_format=json "$@"
python3 - "$json" <<'PY'
import json, sys
runs = {b["run_name"]: b for b in json.load(open(sys.argv[1]))["benchmarks"] if b.get("aggregate_name") == "median"}
def us(name):
    b = runs[name]
    scale = {"ns": 1e-3, "us": 1.0, "ms": 1e3}[b["time_unit"]]
    return b["cpu_time"] * scale
v, d = us("BM_ValidateApplication"), us("BM_DecodeJson")
print()
print("申请书规模：30名服务人员、50家服务企业、40名专家（CPU 时间中位数，5次重复）")
print(f"  整体校验 validateApplication : {v:9.1f} µs")
print(f"  含大量问题的整体校验          : {us('BM_ValidateInvalidApplication'):9.1f} µs")
print(f"  单字段校验 validateField      : {us('BM_ValidateField'):9.1f} µs")
print(f"  JSON 解码 decodeApplication   : {d:9.1f} µs  ({runs['BM_DecodeJson']['doc_bytes']/1024:.0f} KiB)")
print(f"  JSON 编码 encodeApplication   : {us('BM_EncodeJson'):9.1f} µs")
print(f"  校验/解码 = {v/d:.2f}  →  {'校验比解码便宜 ✓' if v < d else '校验比解码贵 ✗'}")
PY

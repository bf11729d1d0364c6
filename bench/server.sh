#!/usr/bin/env bash
# The server benchmark, one command: bench/server.sh [N] [SECONDS]
# Loads N (default 100 000) synthetic applications, then measures on the same machine, in the same run:
#   1. the review queue (province, first page) with wrk at 64 connections, beside nginx serving the same JSON from a file;
#   2. the queue with pages and page sizes varying per request (most answers not in the response cache), same wrk;
#   3. durable submissions per second over HTTP (validation, version, audit, inbox; each answered only after the
#      fsynced commit that holds it: concurrent submissions share one commit, "group commit"),
#      beside raw SQLite INSERT + fsync of a document of the same size (WAL, synchronous=FULL);
#   4. the public directory's search (指南第十四条) at SXPOOL_BENCH_POOL (default 10 000) admitted institutions, no
#      sign-in: one popular search, beside nginx serving the same answer from a file, and searches varied per
#      request (class × city × page) — goal ≥ 0.5× nginx, p99 ≤ 20 ms.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${SXPOOL_BUILD_DIR:-$here/build/h-server}
n=${1:-100000}
seconds=${2:-10}
submissions=${SXPOOL_BENCH_SUBMISSIONS:-3000}

if [ ! -f "$build/CMakeCache.txt" ]; then cmake --preset native -B "$build" >/dev/null; fi
cmake --build "$build" -j2 --target sxpool sxpool_server_bench >/dev/null
sxpool="$build/server/sxpool"
tool="$build/bench/sxpool_server_bench"

work=$(mktemp -d /tmp/sxpool-bench.XXXXXX)
chmod 755 "$work"  # nginx workers run as an unprivileged user
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_http() { for _ in $(seq 1 200); do curl -s -o /dev/null "$1" && return 0; sleep 0.1; done; echo "启动超时：$1" >&2; exit 1; }
# wrk's figures: requests/s, p50, p99
wrk_run() {
  local out
  out=$(wrk -t2 -c64 -d"${seconds}s" --latency "$@")
  local rps p50 p99
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  local non2xx
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "$rps $p50 $p99 ${non2xx:-0}"
}

echo "== 载入 $n 份申请（另有 $submissions 份待提交）"
"$tool" load "$work/data" "$n" "$submissions"
du -sh "$work/data" | awk '{print "数据目录大小：" $1}'

port=$(free_port)
"$sxpool" serve --host 127.0.0.1 --port "$port" --data-dir "$work/data" --today 2026-04-20 --threads 64 \
  >"$work/serve.log" 2>&1 &
pids+=($!)
server_pid=$!
wait_http "http://127.0.0.1:$port/api/v1/health"
token=$(cat "$work/data/bench-province-token")
cookie="Cookie: sxpool_session=$token"
url="http://127.0.0.1:$port/api/v1/queue"

mkdir -p "$work/www/api/v1"
curl -s -H "$cookie" "$url" >"$work/www/api/v1/queue"
bytes=$(stat -c %s "$work/www/api/v1/queue")
chmod -R a+rX "$work/www"
nport=$(free_port)
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  server {
    listen 127.0.0.1:$nport;
    root $work/www;
    default_type application/json;
  }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
wait_http "http://127.0.0.1:$nport/api/v1/queue"

cat >"$work/pages.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  -- 4 000 pages × 5 page sizes: far more distinct answers than the response cache keeps (1 000), so most
  -- requests are answered from the database
  local page = (counter * 7919) % 4000 + 1
  local size = 20 + counter % 5
  return wrk.format("GET", "/api/v1/queue?pageSize=" .. size .. "&page=" .. page)
end
LUA

echo "== 审核列表（省工信厅第一页，${bytes} 字节），wrk -t2 -c64 -d${seconds}s"
read -r s_rps s_p50 s_p99 s_bad <<<"$(wrk_run -H "$cookie" "$url")"
read -r n_rps n_p50 n_p99 n_bad <<<"$(wrk_run "http://127.0.0.1:$nport/api/v1/queue")"
read -r r_rps r_p50 r_p99 r_bad <<<"$(wrk_run -H "$cookie" -s "$work/pages.lua" "http://127.0.0.1:$port")"

echo "== 持久提交（HTTP，8 个并发客户端，共 $submissions 份）"
# The server's own CPU time (user + system, in clock ticks) around the submissions: unlike the ratio, this figure
# does not move with the disk's fsync speed.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server_pid/stat"; }
ticks_before=$(cpu_ticks)
submit_out=$("$tool" submit 127.0.0.1 "$port" "$work/data/bench-submit.txt" 8)
ticks_after=$(cpu_ticks)
echo "$submit_out"
sub_rate=$(sed -n 's/.*per_second=\([0-9.]*\).*/\1/p' <<<"$submit_out" | head -1)
doc_bytes=$(sqlite3 "$work/data/sxpool.db" "select cast(avg(length(document)) as int) from application_versions")
raw_out=$("$tool" raw-sqlite "$work/raw" "$seconds" "$doc_bytes")
echo "$raw_out"
raw_rate=$(sed -n 's/.*per_second=\([0-9.]*\).*/\1/p' <<<"$raw_out")
ok_count=$(sed -n 's/.*submissions_ok=\([0-9]*\).*/\1/p' <<<"$submit_out" | head -1)
cpu_per_submission=$(awk -v t=$((ticks_after - ticks_before)) -v hz="$(getconf CLK_TCK)" -v n="$ok_count" \
  'BEGIN { if (n > 0) printf "%.2f", t / hz * 1000 / n; else print "n/a" }')

pool=${SXPOOL_BENCH_POOL:-10000}
echo "== 公开名录：载入 $pool 家入库机构"
"$tool" load-pool "$work/pool" "$pool"
pport=$(free_port)
"$sxpool" serve --host 127.0.0.1 --port "$pport" --data-dir "$work/pool" --today 2026-06-01 --threads 64 \
  >"$work/pool-serve.log" 2>&1 &
pids+=($!)
wait_http "http://127.0.0.1:$pport/api/v1/health"
search="/api/v1/public/directory?class=digital&city=140100"
mkdir -p "$work/www/api/v1/public"
curl -s "http://127.0.0.1:$pport$search" >"$work/www/api/v1/public/directory"
chmod -R a+rX "$work/www"
dir_total=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"])' "$work/www/api/v1/public/directory")
cat >"$work/search.lua" <<'LUA'
counter = 0
local classes = {"innovation", "hr", "compliance", "digital", "financing", "brand", "policy", "transfer", "testing", "other"}
local cities = {"140100", "140200", "140300", "140400", "140500", "140600", "140700", "140800", "140900", "141000", "141100"}
request = function()
  counter = counter + 1
  local c = classes[counter % #classes + 1]
  local city = cities[(counter * 7) % #cities + 1]
  local page = counter % 3 + 1
  return wrk.format("GET", "/api/v1/public/directory?class=" .. c .. "&city=" .. city .. "&page=" .. page)
end
LUA
echo "== 公开名录搜索（$search，$dir_total 家），wrk -t2 -c64 -d${seconds}s"
read -r d_rps d_p50 d_p99 d_bad <<<"$(wrk_run "http://127.0.0.1:$pport$search")"
read -r dn_rps dn_p50 dn_p99 dn_bad <<<"$(wrk_run "http://127.0.0.1:$nport/api/v1/public/directory")"
read -r dv_rps dv_p50 dv_p99 dv_bad <<<"$(wrk_run -s "$work/search.lua" "http://127.0.0.1:$pport")"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
echo
echo "================ sxpool 服务器基准（$n 份申请，$(nproc) 核） ================"
printf "%-34s %12s %10s %10s %8s\n" "" "req/s" "p50" "p99" "非2xx"
printf "%-34s %12s %10s %10s %8s\n" "审核列表 sxpool（首页，有响应缓存）" "$s_rps" "$s_p50" "$s_p99" "$s_bad"
printf "%-34s %12s %10s %10s %8s\n" "同一 JSON nginx 静态文件" "$n_rps" "$n_p50" "$n_p99" "$n_bad"
printf "%-34s %12s %10s %10s %8s\n" "审核列表 sxpool（随机页，多数查库）" "$r_rps" "$r_p50" "$r_p99" "$r_bad"
echo "读：sxpool/nginx = $(ratio "$s_rps" "$n_rps")（目标 ≥ 0.5）；随机页/nginx = $(ratio "$r_rps" "$n_rps")"
echo "写：持久提交 ${sub_rate}/s，裸 SQLite insert+fsync（${doc_bytes} 字节）${raw_rate}/s，比值 $(ratio "$sub_rate" "$raw_rate")（目标 ≥ 0.5）"
echo "   服务器每份提交耗 CPU ${cpu_per_submission} ms（用户态 + 内核态）"
printf "%-34s %12s %10s %10s %8s\n" "公开名录搜索 sxpool（$pool 家）" "$d_rps" "$d_p50" "$d_p99" "$d_bad"
printf "%-34s %12s %10s %10s %8s\n" "同一 JSON nginx 静态文件" "$dn_rps" "$dn_p50" "$dn_p99" "$dn_bad"
printf "%-34s %12s %10s %10s %8s\n" "公开名录 sxpool（类别×地市×页变化）" "$dv_rps" "$dv_p50" "$dv_p99" "$dv_bad"
echo "名录：sxpool/nginx = $(ratio "$d_rps" "$dn_rps")（目标 ≥ 0.5，p99 ≤ 20 ms）；变化的搜索/nginx = $(ratio "$dv_rps" "$dn_rps")"

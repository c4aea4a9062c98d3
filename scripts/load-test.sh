#!/usr/bin/env bash
# Load test of `zicha serve` on loopback: 200 concurrent clients for 60 s (DURATION to change),
# against the bundled sample plus one 20 MB single-line text file that every query matches (a
# hostile document: each hit's snippet must come from a window, not the whole text). Fails on any
# socket error or non-2xx response; prints p50/p99 and the server's peak memory.
# Usage: scripts/load-test.sh [path/to/zicha]   (default target/release/zicha)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/zicha}
duration=${DURATION:-60s}
tmp=$(mktemp -d)
cp -r fixtures/sample "$tmp/archive"
# 20 MB on one line, no newline: the words the queries ask, over and over.
python3 -c 'import sys; sys.stdout.write(("燃气培训应急演练交通安全经验交流燃气泄漏" * 70000)[:6_900_000])' > "$tmp/archive/大文件.txt"
"$bin" --lang zh serve --archive "$tmp/archive" --state "$tmp/state" --port 0 > "$tmp/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 600); do grep -q 'http://' "$tmp/serve.log" && break; sleep 0.1; done
url=$(grep -o 'http://[0-9.:]*' "$tmp/serve.log" | head -n1)
[ -n "$url" ] || { cat "$tmp/serve.log"; exit 1; }
wrk -t2 -c200 -d"$duration" --timeout 10s --latency -s scripts/load-queries.lua "$url" | tee "$tmp/wrk.txt"
# Every request answered: no socket errors, no non-2xx responses.
if grep -Eq 'Socket errors|Non-2xx' "$tmp/wrk.txt"; then
  echo "load test: errors under load" >&2
  exit 1
fi
# Nothing outside the archive is ever served.
for p in '/doc?c=x&p=../../../../etc/passwd' '/..%2f..%2fetc/passwd' '/doc?c=%E9%BE%99%E5%87%A4%E5%9B%AD%E7%A4%BE%E5%8C%BA&p=..%2F..%2Fetc%2Fpasswd'; do
  code=$(curl -s -o "$tmp/body" -w '%{http_code}' "$url$p")
  [ "$code" = 404 ] || { echo "load test: $p gave $code" >&2; exit 1; }
  ! grep -q 'root:x:0:0' "$tmp/body" || { echo "load test: $p leaked a file" >&2; exit 1; }
done
p50=$(awk '$1=="50%"{print $2}' "$tmp/wrk.txt")
p99=$(awk '$1=="99%"{print $2}' "$tmp/wrk.txt")
reqs=$(awk '/requests in/{print $1}' "$tmp/wrk.txt")
rss=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || echo '?')
echo "load test: $reqs requests, 0 errors, p50 $p50, p99 $p99, server peak RSS ${rss} kB"

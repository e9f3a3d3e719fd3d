#!/usr/bin/env bash
# Load benchmark of issue 6, in one run on this machine: wrk against a question page of `viva serve` and
# against nginx serving the same page as a static file (the reference), then paced at ~200 req/s for
# p99; then POST /api/run paced below its rate limit (p99) and flat out (throughput, 429s beyond
# capacity); last, the same page signed in to `viva serve --multi-user` (session cookie checked and the
# user loaded on every request). Prints ratios, not verdicts.
# Usage: bench/web/load.sh [seconds]   needs wrk and nginx (installed here when missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
secs=${1:-10}
command -v wrk >/dev/null && command -v nginx >/dev/null || \
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk nginx-light >/dev/null
dotnet build src/Viva.Cli -c Release --nologo -v quiet >/dev/null
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
page=/questions/asyncio-fundamentals
viva_port=$((20000 + RANDOM % 10000)); nginx_port=$((viva_port + 1))

XDG_DATA_HOME=$work src/Viva.Cli/bin/Release/net10.0/viva serve --port "$viva_port" >"$work/viva.log" 2>&1 &
viva_pid=$!
wait_for() { for _ in $(seq 600); do curl -fs -o /dev/null "$1" && return 0; sleep 0.05; done; echo "load: $1 did not answer" >&2; exit 1; }
wait_for "http://127.0.0.1:$viva_port/"
curl -fs "http://127.0.0.1:$viva_port$page" >"$work/page.html"
cat >"$work/nginx.conf" <<CONF
user root; worker_processes 2; pid $work/nginx.pid; error_log $work/nginx.err; daemon off;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$nginx_port; root $work; location / { try_files /page.html =404; } } }
CONF
nginx -c "$work/nginx.conf" &
wait_for "http://127.0.0.1:$nginx_port/"

curl -fs -c "$work/cookies" "http://127.0.0.1:$viva_port/" >"$work/home.html"
# A question page sets the learner cookie (choice options in this learner's order), as a first visit does.
curl -fs -b "$work/cookies" -c "$work/cookies" "http://127.0.0.1:$viva_port$page" >/dev/null
export VIVA_TOKEN=$(sed -n 's/.*name="csrf-token" content="\([^"]*\)".*/\1/p' "$work/home.html")
export VIVA_COOKIE=$(awk '$6 == ".viva.af" || $6 == ".viva.learner" { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$work/cookies")
result() { grep RESULT | sed 's/RESULT //'; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
wrk -t2 -c32 -d5s "http://127.0.0.1:$viva_port$page" >/dev/null  # warm-up (JIT, caches)
n=$(wrk -t2 -c32 -d"${secs}s" -s bench/web/plain.lua "http://127.0.0.1:$nginx_port/" | result)
# The server's CPU time per page (user + system, from /proc): unlike requests per second it hardly
# moves when other work shares the machine's cores.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$viva_pid/stat"; }
c0=$(cpu_ticks)
v=$(wrk -t2 -c32 -d"${secs}s" -s bench/web/plain.lua "http://127.0.0.1:$viva_port$page" | result)
c1=$(cpu_ticks)
p=$(wrk -t2 -c2 -d"${secs}s" -s bench/web/paced.lua "http://127.0.0.1:$viva_port$page" | result)
echo "question page  nginx (static copy): $n"
echo "question page  viva:                $v"
echo "question page  throughput ratio viva/nginx: $(awk -v a="$(echo "$v" | field rps)" -v b="$(echo "$n" | field rps)" 'BEGIN { printf "%.3f", a / b }')"
echo "question page  viva CPU per page:   $(awk -v t=$((c1 - c0)) -v hz="$(getconf CLK_TCK)" -v n="$(echo "$v" | field requests)" 'BEGIN { printf "%.1f µs", t / hz / n * 1e6 }')"
echo "question page  paced (~200 req/s):  $p"

# Signed in: a second server in multi-user mode on its own database; a candidate sets a password through
# the one-time link (which signs them in) and the session cookie rides on every request, as a browser's does.
multi_port=$((viva_port + 2)); mkdir -p "$work/multi"
link=$(XDG_DATA_HOME=$work/multi src/Viva.Cli/bin/Release/net10.0/viva user add bench@example.com --role candidate --url "http://127.0.0.1:$multi_port" | tail -1)
XDG_DATA_HOME=$work/multi src/Viva.Cli/bin/Release/net10.0/viva serve --multi-user --port "$multi_port" >"$work/multi.log" 2>&1 &
wait_for "http://127.0.0.1:$multi_port/account/sign-in"
curl -fs -c "$work/multi.jar" "$link" >"$work/set-password.html"
hidden() { sed -n "s/.*name=\"$1\" value=\"\([^\"]*\)\".*/\1/p" "$work/set-password.html"; }
curl -fs -o /dev/null -D "$work/signed-in.headers" -b "$work/multi.jar" --data-urlencode _handler=set-password \
  --data-urlencode "__RequestVerificationToken=$(hidden __RequestVerificationToken)" --data-urlencode "token=$(hidden token)" \
  --data-urlencode "password=bench lantern harbour 42" --data-urlencode "confirm=bench lantern harbour 42" "$link"
session=$(sed -n 's/^Set-Cookie: \(__Host-viva=[^;]*\);.*/\1/p' "$work/signed-in.headers" | tr -d '\r')
[ -n "$session" ] || { echo "load: setting the password did not sign in" >&2; exit 1; }
curl -fs -H "Cookie: $session" -D "$work/page.headers" -o "$work/signed-in.html" "http://127.0.0.1:$multi_port$page"
# The antiforgery cookie the page sets goes back with the session's, as a browser sends it.
session="$session$(sed -n 's/^Set-Cookie: \(\.viva\.[a-z]*=[^;]*\);.*/; \1/p' "$work/page.headers" | tr -d '\r\n')"
grep -q '<h1' "$work/signed-in.html" || { echo "load: the signed-in page did not render" >&2; exit 1; }
wrk -t2 -c32 -d5s -H "Cookie: $session" "http://127.0.0.1:$multi_port$page" >/dev/null  # warm-up
s=$(VIVA_COOKIE=$session wrk -t2 -c32 -d"${secs}s" -s bench/web/plain.lua "http://127.0.0.1:$multi_port$page" | result)
echo "question page  signed in (multi-user): $s"
echo "question page  signed-in ratio viva/nginx: $(awk -v a="$(echo "$s" | field rps)" -v b="$(echo "$n" | field rps)" 'BEGIN { printf "%.3f", a / b }')"

wrk -t2 -c8 -d3s -s bench/web/run-post.lua "http://127.0.0.1:$viva_port/api/run" >/dev/null  # warm the sandbox pool
r=$(VIVA_DELAY_MS=40 wrk -t2 -c4 -d"${secs}s" -s bench/web/run-post.lua "http://127.0.0.1:$viva_port/api/run" | result)
echo "POST /api/run  paced (~90/s, under the 100/s rate limit): $r"
r=$(wrk -t2 -c4 -d"${secs}s" -s bench/web/run-post.lua "http://127.0.0.1:$viva_port/api/run" | result)
echo "POST /api/run  4 connections (the run concurrency): $r"
r=$(wrk -t2 -c64 -d"${secs}s" -s bench/web/run-post.lua "http://127.0.0.1:$viva_port/api/run" | result)
echo "POST /api/run  64 connections:      $r"

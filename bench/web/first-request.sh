#!/usr/bin/env bash
# Measures how long `viva serve` takes from process start to its first answered request (issue 6: ≤ 1.5 s).
# Usage: bench/web/first-request.sh [runs]   (measures what ./viva runs: its ReadyToRun build; a fresh database each run)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
runs=${1:-5}
./viva --help >/dev/null
exe=.viva/bin/viva
port=$((20000 + RANDOM % 20000))
times=()
for _ in $(seq "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  XDG_DATA_HOME=$data "$exe" serve --port "$port" >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.01; done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  times+=($(( (end - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "viva serve, first request: runs ${times[*]} ms; median ${sorted[$((runs / 2))]} ms"

#!/usr/bin/env bash
# Start-up to the first 200, side by side with a bare Kestrel app: the control, the gateway on the memory store
# and on the file store (a new data file each time), started in turn ROUNDS times each, one at a time. Prints each
# one's median time to the first 200 (from process start, `dotnet` included), the gateway's ratios to the control,
# its CPU time until then, and its resident memory IDLE seconds after. Loopback only; every process started here
# is ended by its PID. bench/http.sh runs it; alone:
#   bash bench/startup.sh [gateway-folder]    default: the Release build; a published folder works too
# The last line is for scripts: startup_control=… startup_memory=… (milliseconds, megabytes).
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-5}
IDLE=${IDLE:-3}
source build/background.sh

GATEWAY_DIR=$(realpath "${1:-src/Gateway/bin/Release/net10.0}")
CONTROL_DIR=$PWD/bench/Control/bin/Release/net10.0
if [ -z "${NO_BUILD:-}" ]; then
  [ $# -eq 0 ] && dotnet build src/Gateway/BackInStock.Gateway.csproj -c Release --nologo -v quiet >/dev/null
  dotnet build bench/Control/BackInStock.Bench.Control.csproj -c Release --nologo -v quiet >/dev/null
fi
# A self-contained folder (make image's) runs through its own executable; a build output through `dotnet`.
if grep -qs '"includedFrameworks"' "$GATEWAY_DIR/BackInStock.Gateway.runtimeconfig.json"; then
  GATEWAY=("$GATEWAY_DIR/BackInStock.Gateway")
else
  GATEWAY=(dotnet "$GATEWAY_DIR/BackInStock.Gateway.dll")
fi

rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }
# User and system CPU time of a process so far, in milliseconds.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

declare -A ready cpus mem
for round in $(seq 1 "$ROUNDS"); do
  for kind in control memory file; do
    port=$(free_port)
    case $kind in
      control) start "http://127.0.0.1:$port/json" dotnet "$CONTROL_DIR/BackInStock.Bench.Control.dll" --urls "http://127.0.0.1:$port" ;;
      memory) start "http://127.0.0.1:$port/emulator/health" "${GATEWAY[@]}" --contentRoot "$GATEWAY_DIR" --urls "http://127.0.0.1:$port" --Store:InMemory=true --Logging:LogLevel:Default=Warning ;;
      file) start "http://127.0.0.1:$port/emulator/health" "${GATEWAY[@]}" --contentRoot "$GATEWAY_DIR" --urls "http://127.0.0.1:$port" "--Store:Path=$WORK/startup-$round.db" --Logging:LogLevel:Default=Warning ;;
    esac
    pid=${PIDS[-1]}
    ready[$kind]+="$READY_MS "
    cpus[$kind]+="$(cpu "$pid") "
    sleep "$IDLE"
    mem[$kind]+="$(rss "$pid") "
    # Ended before the next start, so each start has the machine to itself.
    kill "$pid"; wait "$pid" 2>/dev/null || true; unset 'PIDS[-1]'
  done
  echo "round $round (ms to the first 200): control $(echo "${ready[control]}" | awk '{print $NF}'), memory $(echo "${ready[memory]}" | awk '{print $NF}'), file $(echo "${ready[file]}" | awk '{print $NF}')" >&2
done

declare -A m c r
for kind in control memory file; do
  m[$kind]=$(echo "${ready[$kind]}" | median); c[$kind]=$(echo "${cpus[$kind]}" | median); r[$kind]=$(echo "${mem[$kind]}" | median)
done
echo "$GATEWAY_DIR, median of $ROUNDS starts each:" >&2
echo "  to the first 200: control ${m[control]} ms, memory store ${m[memory]} ms ($(ratio "${m[memory]}" "${m[control]}")x), file store ${m[file]} ms ($(ratio "${m[file]}" "${m[control]}")x)" >&2
echo "  CPU time until then: control ${c[control]} ms, memory ${c[memory]} ms, file ${c[file]} ms" >&2
echo "  RSS ${IDLE} s after: control ${r[control]} MB, memory ${r[memory]} MB, file ${r[file]} MB" >&2
echo "startup_control=${m[control]} startup_memory=${m[memory]} startup_file=${m[file]} cpu_control=${c[control]} cpu_memory=${c[memory]} cpu_file=${c[file]} rss_control=${r[control]} rss_memory=${r[memory]} rss_file=${r[file]}"

# Sourced by the scripts that start processes (bench/http.sh, tests/prism/run.sh): loopback only,
# every process started is recorded and ended by its PID when the script exits, scratch files go too.
WORK=$(mktemp -d)
PIDS=()

cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# A port nothing listens on right now, on 127.0.0.1.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# Starts a command in the background, records its PID, and waits (at most 30 s, polling every POLL seconds)
# until the URL answers 2xx; sets READY_MS, the time from the start to that answer.
# (Not called through $(...): a subshell would hide the PID from the cleanup.)
start() {
  local url=$1; shift
  local began; began=$(date +%s%N)
  "$@" >"$WORK/$(date +%s%N).log" 2>&1 &
  PIDS+=($!)
  while (( $(date +%s%N) - began < 30000000000 )); do
    if curl -sf -o /dev/null "$url"; then READY_MS=$(( ($(date +%s%N) - began) / 1000000 )); return; fi
    sleep "${POLL:-0.05}"
  done
  echo "did not start: $*; its log:" >&2; cat "$WORK"/*.log >&2; exit 1
}

# Ends the process start() started last, by its PID, waits for it and forgets it.
stop_last() {
  local pid=${PIDS[-1]}
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  unset 'PIDS[-1]'
}

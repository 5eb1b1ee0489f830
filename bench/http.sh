#!/usr/bin/env bash
# HTTP benchmarks for `make bench`: loopback only, every load run bounded in time, every process started
# here ended here by its PID. Side by side: a bare Kestrel control, the gateway (memory and file store),
# Prism mocking the same contract, and this disk's 4 KiB O_DSYNC write rate. Writes its numbers to
# $RESULTS/http.json; `BackInStock.Bench.dll render` turns them (and the in-process half's) into bench/RESULTS.md.
#   DURATION  wrk's time per run (10s)        ROUNDS  alternated runs of the goals' scenarios (3)
#   STARTS    alternated starts of each (5)   SOAK    seconds of mixed load for the memory figures (60)
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
STARTS=${STARTS:-5}
SOAK=${SOAK:-60}
IDLE=3          # seconds a fresh gateway idles before its resident memory is read
DISK_SECONDS=2  # each disk measurement's length
RESULTS=${RESULTS:-bench/results}
KEY=bis-dev-key-0000
POLL=0.02       # start-up is timed to the first 2xx, polled this often
source build/background.sh

command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null)
[ -x node_modules/.bin/prism ] || npm ci --no-audit --no-fund >/dev/null

dotnet build src/Gateway/BackInStock.Gateway.csproj -c Release --nologo -v quiet >/dev/null
dotnet build bench/Control/BackInStock.Bench.Control.csproj -c Release --nologo -v quiet >/dev/null
dotnet build bench/BackInStock.Bench/BackInStock.Bench.csproj -c Release --nologo -v quiet >/dev/null
GATEWAY_DIR=$PWD/src/Gateway/bin/Release/net10.0
CONTROL_DIR=$PWD/bench/Control/bin/Release/net10.0
SEEDER=$PWD/bench/BackInStock.Bench/bin/Release/net10.0/BackInStock.Bench.dll

rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$1/status"; }

rps() { wrk -t2 -c32 -d"$DURATION" "$@" | awk '/Requests\/sec/ {printf "%.0f", $2}'; }

# A JSON array of the arguments (numbers).
json_array() { local IFS=,; echo "[$*]"; }

# 4 KiB writes opened with O_DSYNC, appending to a new file beside the file store's data file, for
# DISK_SECONDS: dd prints how many it wrote and in how long when interrupted; prints writes/s.
disk_rate() {
  local probe="$WORK/dsync.probe"
  timeout -s INT "$DISK_SECONDS" dd if=/dev/zero of="$probe" bs=4k count=100000000 oflag=dsync 2>&1 |
    awk '/records out/ {split($1, n, "+")} /copied/ {for (i = 1; i <= NF; i++) if ($i == "s,") t = $(i - 1)} END {printf "%.0f", n[1] / t}'
  rm -f "$probe"
}

gateway() { # gateway PORT STORE-ARGUMENT: the built dll on loopback, Engage's rate limit off (this measures the gateway, not Engage's budget)
  start "http://127.0.0.1:$1/emulator/health" dotnet "$GATEWAY_DIR/BackInStock.Gateway.dll" --contentRoot "$GATEWAY_DIR" --urls "http://127.0.0.1:$1" "$2" \
    --Engage:RateLimit:Enabled=false --Logging:LogLevel:Default=Warning
}

cat >"$WORK/post-valid.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["apikey"] = "bis-dev-key-0000"
request = function()
  local body = string.format('{"contactId":"%s","sku":"B-%d","locale":"sv-SE"}', contact, math.random(1, 1000000000))
  return wrk.format(nil, nil, nil, body)
end
LUA
cat >"$WORK/post-invalid.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["apikey"] = "bis-dev-key-0000"
wrk.body = '{"contactId":"not-a-guid","sku":"","locale":5}'
LUA
cat >"$WORK/mixed.lua" <<'LUA'
-- Reads, re-subscribes (answered with the existing subscription) and stock updates for SKUs nobody
-- waits for (each adds an integration-log entry): the data stays bounded while the log reaches its cap.
wrk.headers["Content-Type"] = "application/json"
wrk.headers["apikey"] = "bis-dev-key-0000"
local n = 0
request = function()
  n = n + 1
  if n % 4 == 1 then
    return wrk.format("PUT", "/api/v3/inventory/stock-levels", nil, string.format('[{"sku":"NOBODY-%d","quantity":%d,"locale":"sv-SE"}]', math.random(1, 1000), math.random(0, 20)))
  elseif n % 4 == 2 then
    return wrk.format("POST", "/api/v3/inventory/backinstock/subscriptions", nil, string.format('{"contactId":"%s","sku":"SKU-000000-0","locale":"sv-SE"}', contact))
  end
  return wrk.format("GET", "/api/v3/contacts/" .. contact .. "/backinstock/subscriptions")
end
LUA

# Start-up: one process at a time, the control and the gateway on each store in turn, each ended before the next.
startControl=(); startMemory=(); startFile=()
for i in $(seq 1 "$STARTS"); do
  echo "start-up, round $i of $STARTS..."
  port=$(free_port)
  start "http://127.0.0.1:$port/json" dotnet "$CONTROL_DIR/BackInStock.Bench.Control.dll" --urls "http://127.0.0.1:$port"
  startControl+=("$READY_MS"); stop_last
  port=$(free_port); gateway "$port" --Store:InMemory=true
  startMemory+=("$READY_MS"); stop_last
  port=$(free_port); gateway "$port" "--Store:Path=$WORK/startup-$i.db"
  startFile+=("$READY_MS"); stop_last
done

echo "control (bare Kestrel) and the gateway on both stores, seeded over HTTP..."
controlPort=$(free_port)
start "http://127.0.0.1:$controlPort/json" dotnet "$CONTROL_DIR/BackInStock.Bench.Control.dll" --urls "http://127.0.0.1:$controlPort"
declare -A port contact writer
for store in memory file; do
  port[$store]=$(free_port)
  gateway "${port[$store]}" "$([ $store = memory ] && echo "--Store:InMemory=true" || echo "--Store:Path=$WORK/bench.db")"
  contact[$store]=$(dotnet "$SEEDER" seed-http "http://127.0.0.1:${port[$store]}" $KEY 1000 10 | tail -1)
  # The POSTs' contact is another one, so the GET's keeps its 10 subscriptions round after round.
  writer[$store]=$(dotnet "$SEEDER" seed-http "http://127.0.0.1:${port[$store]}" $KEY 1 0 | tail -1)
done

getPath() { echo "/api/v3/contacts/${contact[$1]}/backinstock/subscriptions"; }
postRps() { # postRps STORE: durable, validated subscribes of new SKUs for one contact
  sed "1i contact = \"${writer[$1]}\"" "$WORK/post-valid.lua" >"$WORK/post-$1.lua"
  rps -s "$WORK/post-$1.lua" "http://127.0.0.1:${port[$1]}/api/v3/inventory/backinstock/subscriptions"
}

# A second of each GET first, so no round pays for the JIT of one side only.
wrk -t2 -c32 -d1s "http://127.0.0.1:$controlPort/json" >/dev/null
for store in memory file; do wrk -t2 -c32 -d1s -H "apikey: $KEY" "http://127.0.0.1:${port[$store]}$(getPath $store)" >/dev/null; done

# The goals' scenarios, alternated so each round holds the control, both GETs, and the disk next to the durable POST.
control=(); getMemory=(); getFile=(); disk=(); postFile=()
for i in $(seq 1 "$ROUNDS"); do
  echo "round $i of $ROUNDS: control, GET (memory, file), disk, durable POST (file)..."
  control+=("$(rps "http://127.0.0.1:$controlPort/json")")
  getMemory+=("$(rps -H "apikey: $KEY" "http://127.0.0.1:${port[memory]}$(getPath memory)")")
  getFile+=("$(rps -H "apikey: $KEY" "http://127.0.0.1:${port[file]}$(getPath file)")")
  disk+=("$(disk_rate)")
  postFile+=("$(postRps file)")
done

echo "once: durable POST (memory), invalid POSTs..."
postMemory=$(postRps memory)
invalidMemory=$(rps -s "$WORK/post-invalid.lua" "http://127.0.0.1:${port[memory]}/api/v3/inventory/backinstock/subscriptions")
invalidFile=$(rps -s "$WORK/post-invalid.lua" "http://127.0.0.1:${port[file]}/api/v3/inventory/backinstock/subscriptions")
stop_last; stop_last; stop_last # both gateways and the control

echo "resident memory: fresh gateways idle ${IDLE}s, then ${SOAK}s of mixed load (memory store)..."
filePort=$(free_port); gateway "$filePort" "--Store:Path=$WORK/idle.db"; filePid=${PIDS[-1]}
memoryPort=$(free_port); gateway "$memoryPort" --Store:InMemory=true; memoryPid=${PIDS[-1]}
sleep "$IDLE"
idleMemory=$(rss "$memoryPid"); idleFile=$(rss "$filePid")
soakContact=$(dotnet "$SEEDER" seed-http "http://127.0.0.1:$memoryPort" $KEY 1 1 | tail -1)
sed "1i contact = \"$soakContact\"" "$WORK/mixed.lua" >"$WORK/mixed-contact.lua"
wrk -t2 -c32 -d"${SOAK}s" -s "$WORK/mixed-contact.lua" "http://127.0.0.1:$memoryPort" >/dev/null &
wrkPid=$!; PIDS+=("$wrkPid")
began=$(date +%s%N); samples=()
for k in 1 2 3 4 5 6; do # six samples, at sixths of the load's length from its start
  due=$(awk -v b="$began" -v k="$k" -v s="$SOAK" 'BEGIN {printf "%.0f", b + k * s / 6 * 1e9}')
  now=$(date +%s%N); (( due > now )) && sleep "$(awk -v d=$(( due - now )) 'BEGIN {printf "%.3f", d / 1e9}')"
  samples+=("{\"seconds\":$(awk -v b="$began" -v n="$(date +%s%N)" 'BEGIN {printf "%.1f", (n - b) / 1e9}'),\"mb\":$(rss "$memoryPid")}")
done
wait "$wrkPid" || true; unset 'PIDS[-1]'
stop_last; stop_last # the memory-store gateway, then the file-store one

echo "Prism mock on the same contract..."
prismPort=$(free_port)
start "http://127.0.0.1:$prismPort/emulator/health" node_modules/.bin/prism mock -p "$prismPort" -h 127.0.0.1 contracts/openapi.yaml
prismGet=$(rps -H "apikey: $KEY" "http://127.0.0.1:$prismPort/api/v3/contacts/48fba7e7-e447-4d90-a9ca-a86e00b1d8f4/backinstock/subscriptions")
stop_last

mkdir -p "$RESULTS"
cat >"$RESULTS/http.json" <<JSON
{
  "measuredOn": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "cores": $(nproc),
  "wrk": "-t2 -c32 -d$DURATION",
  "scenarios": [
    { "id": "control", "label": "bare Kestrel control, same-sized JSON", "requestsPerSecond": $(json_array "${control[@]}") },
    { "id": "get-memory", "label": "gateway (memory): GET a contact's subscriptions", "requestsPerSecond": $(json_array "${getMemory[@]}") },
    { "id": "post-memory", "label": "gateway (memory): POST subscription, validated, durable", "requestsPerSecond": [$postMemory] },
    { "id": "invalid-memory", "label": "gateway (memory): POST invalid (400 problem)", "requestsPerSecond": [$invalidMemory] },
    { "id": "get-file", "label": "gateway (file): GET a contact's subscriptions", "requestsPerSecond": $(json_array "${getFile[@]}") },
    { "id": "post-file", "label": "gateway (file): POST subscription, validated, durable", "requestsPerSecond": $(json_array "${postFile[@]}") },
    { "id": "invalid-file", "label": "gateway (file): POST invalid (400 problem)", "requestsPerSecond": [$invalidFile] },
    { "id": "prism-get", "label": "Prism mock: GET the same route", "requestsPerSecond": [$prismGet] }
  ],
  "startup": { "control": $(json_array "${startControl[@]}"), "memory": $(json_array "${startMemory[@]}"), "file": $(json_array "${startFile[@]}") },
  "disk": {
    "method": "dd if=/dev/zero bs=4k oflag=dsync for ${DISK_SECONDS} s, appending to a new file in the directory of the file store's data file (each write also extends the file, as the store's do)",
    "writesPerSecond": $(json_array "${disk[@]}")
  },
  "memory": { "idleSeconds": $IDLE, "idleMemoryMb": $idleMemory, "idleFileMb": $idleFile, "loadSeconds": $SOAK, "underLoad": $(json_array "${samples[@]}") }
}
JSON
echo "written to $RESULTS/http.json"

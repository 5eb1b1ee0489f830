#!/usr/bin/env bash
# The independent check in `make test`: Stoplight Prism (npm, lockfile committed) as a validating proxy
# in front of the built gateway while the portable contract suite's valid flows run through it. Prism
# marks any request or response that breaks the contract with an sl-violations header (and, with
# --errors, refuses it), and the suite fails on either. Loopback only; both processes are ended by PID.
set -euo pipefail
cd "$(dirname "$0")/../.."

GATEWAY_DIR=$PWD/src/Gateway/bin/${CONFIG:-Release}/net10.0
KEY=bis-dev-key-0000
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

wait_for() {
  for _ in $(seq 1 200); do
    if curl -s -o /dev/null "$1"; then return; fi
    sleep 0.1
  done
  echo "prism check: $1 did not answer; log:" >&2; cat "$WORK"/*.log >&2; exit 1
}

gateway=$(free_port)
dotnet "$GATEWAY_DIR/BackInStock.Gateway.dll" --contentRoot "$GATEWAY_DIR" --urls "http://127.0.0.1:$gateway" \
  --Store:InMemory true --Gateway:ApiKeys:0 $KEY --Logging:LogLevel:Default=Warning >"$WORK/gateway.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$gateway/emulator/health"

proxy=$(free_port)
node_modules/.bin/prism proxy contracts/openapi.yaml "http://127.0.0.1:$gateway" -h 127.0.0.1 -p "$proxy" --errors >"$WORK/prism.log" 2>&1 &
PIDS+=($!)
wait_for "http://127.0.0.1:$proxy/emulator/health"

BACKINSTOCK_BASE_URL="http://127.0.0.1:$proxy" BACKINSTOCK_API_KEY=$KEY BACKINSTOCK_CASES=valid \
  dotnet test tests/BackInStock.Gateway.Tests -c "${CONFIG:-Release}" --no-build --nologo --filter "FullyQualifiedName~PortableContractTests"

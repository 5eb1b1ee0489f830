#!/usr/bin/env bash
# The independent check in `make test`: Stoplight Prism (npm, lockfile committed) as a validating proxy
# in front of the built gateway while the portable contract suite's valid flows run through it. Prism
# marks any request or response that breaks the contract with an sl-violations header (and, with
# --errors, refuses it), and the suite fails on either. Loopback only; both processes are ended by PID.
set -euo pipefail
cd "$(dirname "$0")/../.."

GATEWAY_DIR=$PWD/src/Gateway/bin/${CONFIG:-Release}/net10.0
KEY=bis-dev-key-0000
source build/background.sh

gateway=$(free_port)
start "http://127.0.0.1:$gateway/emulator/health" dotnet "$GATEWAY_DIR/BackInStock.Gateway.dll" --contentRoot "$GATEWAY_DIR" \
  --urls "http://127.0.0.1:$gateway" --Store:InMemory true --Gateway:ApiKeys:0 $KEY --Logging:LogLevel:Default=Warning

proxy=$(free_port)
start "http://127.0.0.1:$proxy/emulator/health" node_modules/.bin/prism proxy contracts/openapi.yaml "http://127.0.0.1:$gateway" -h 127.0.0.1 -p "$proxy" --errors

BACKINSTOCK_BASE_URL="http://127.0.0.1:$proxy" BACKINSTOCK_API_KEY=$KEY BACKINSTOCK_CASES=valid \
  dotnet test tests/BackInStock.Gateway.Tests -c "${CONFIG:-Release}" --no-build --nologo --filter "FullyQualifiedName~PortableContractTests"

#!/usr/bin/env bash
# make dist-test: the linux-x64 single-file binary as a user without .NET runs it: a bare environment (env -i,
# PATH=/usr/bin:/bin) in a mount namespace where the machine's .NET folder is empty, so no `dotnet` and no
# shared runtime can be found, and a scratch folder as the working directory and as HOME. It must
# serve /readyz, the dashboard and the contract, accept the dev key, keep its data file where it was started,
# and answer --version. Loopback only; the binary is ended by its PID.
set -uo pipefail
cd "$(dirname "$0")/.."
source build/checks.sh

binary=$(realpath artifacts/dist/backinstock-linux-x64)
scratch=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$scratch"
}
trap cleanup EXIT

# The .NET install this machine has (dotnet on PATH resolves into it), hidden by an empty tmpfs. unshare, sh
# and env each exec the next, so a command started in the background has the program's own PID.
dotnet_root=$(dirname "$(realpath "$(command -v dotnet)")")
bare=(unshare --mount sh -c 'mount -t tmpfs none "$1" && cd "$2" && shift 2 && exec "$@"' sh "$dotnet_root" "$scratch"
  env -i PATH=/usr/bin:/bin HOME="$scratch/home")
mkdir -p "$scratch/home"

echo "dist-test: $binary, run from $scratch with $dotnet_root hidden"
no_dotnet() { ! "${bare[@]}" sh -c 'dotnet --info' >/dev/null 2>&1; }
prints_version() { "${bare[@]}" "$binary" --version | grep -qE '^[0-9]+\.[0-9]+\.[0-9]+'; }
check "no dotnet can run in the bare environment" no_dotnet
check "--version prints a version" prints_version

port=$(free_port)
url=http://localhost:$port
"${bare[@]}" "$binary" run --port "$port" --data data/dist.db > "$scratch/gateway.log" 2>&1 &
pid=$!
check "serves /readyz" wait_ready "$url" 60 "$pid"
check "serves the dashboard (bundled wwwroot)" body_has "BackInStock" "$url/"
check "serves the contract (bundled openapi.yaml)" status_is 200 "$url/openapi/contract.yaml"
check "a keyed API call is accepted (bundled appsettings.json and its dev key)" \
  status_is 201 -H 'apikey: bis-dev-key-0000' -H 'content-type: application/json' -d '{"email":"dist@example.com"}' "$url/api/v3/contacts"
check "a wrong key is refused" status_is 401 -H 'apikey: wrong' "$url/api/v3/contacts/x"
check "health says ready" "${bare[@]}" "$binary" health --port "$port"
check "the data file is where it was started" test -s "$scratch/data/dist.db"
check "the process started is the binary (ended by this PID)" grep -q "backinstock-linux-x64" "/proc/$pid/cmdline"
[ "$failed" -gt 0 ] && tail -n 30 "$scratch/gateway.log" >&2

summary dist-test

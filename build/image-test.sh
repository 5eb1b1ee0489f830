#!/usr/bin/env bash
# make image-test: the Containerfile, built as users build it but FROM a base made here from Debian packages
# (no image registry is reachable from this machine or CI), then run with podman: health through the image's
# own HEALTHCHECK, the dashboard and the API from the host, a non-root user writing to the /data volume, the
# control plane refused without the admin key and accepted with it, and the data kept across a new container
# on the same volume. Ports are published on loopback only; only this script's containers and volume are removed.
set -uo pipefail
cd "$(dirname "$0")/.."
source build/checks.sh

export CONTAINERS_CONF=$PWD/build/containers/containers.conf
base_image=localhost/backinstock-base:bookworm
base_cache=${XDG_CACHE_HOME:-$HOME/.cache}/backinstock/bookworm-minbase.tar
image=localhost/backinstock:image-test
name=bis-image-test-$$
volume=$name

# The base: debootstrap once (about a minute), kept as a tarball and as a podman image.
if ! podman image exists "$base_image"; then
  if [ ! -s "$base_cache" ]; then
    mirror=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null)
    root=$(mktemp -d)
    echo "image-test: debootstrap bookworm from ${mirror:-deb.debian.org} into $root"
    debootstrap --variant=minbase --include=ca-certificates,libssl3,tzdata bookworm "$root" "${mirror:-http://deb.debian.org/debian}" > "$root.log" 2>&1 \
      || { tail -n 20 "$root.log" >&2; exit 1; }
    rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
    mkdir -p "$(dirname "$base_cache")"
    tar -C "$root" -cf "$base_cache.partial" . && mv "$base_cache.partial" "$base_cache"
    rm -rf "$root" "$root.log"
  fi
  podman import -q "$base_cache" "$base_image" > /dev/null || exit 1
fi

start=$SECONDS
rm -rf artifacts/container/linux-x64
dotnet publish src/Gateway/BackInStock.Gateway.csproj -c Release -r linux-x64 -p:Distribution=folder -o artifacts/container/linux-x64 --nologo -v quiet || exit 1
published=$SECONDS
previous=$(podman image inspect --format '{{.Id}}' "$image" 2> /dev/null)
podman build -q --format docker --build-arg BASE="$base_image" -t "$image" -f Containerfile . > /dev/null || exit 1
# The image this script built last time, now untagged, is removed; no other image is touched.
[ -n "$previous" ] && [ "$previous" != "$(podman image inspect --format '{{.Id}}' "$image")" ] && podman rmi "$previous" > /dev/null 2>&1
echo "image-test: published in $((published - start)) s, image built in $((SECONDS - published)) s, $(podman image inspect --format '{{.Size}}' "$image" | awk '{ printf "%.0f MB", $1 / 1000000 }')"

cleanup() {
  podman rm -f "$name" > /dev/null 2>&1
  podman volume rm -f "$volume" > /dev/null 2>&1
}
trap cleanup EXIT
cleanup
podman volume create "$volume" > /dev/null

# Podman logs that it cannot schedule health checks without systemd; they are run by hand below.
run() { podman run -d --name "$name" -p "127.0.0.1:$port:5080" -v "$volume:/data" "$@" "$image" 2> /dev/null > /dev/null; }
port=$(free_port)
url=http://localhost:$port
key='apikey: bis-dev-key-0000'
json='content-type: application/json'

echo "image-test: $image as $name on $url"
check "the image runs as a non-root user" test "$(podman image inspect --format '{{.Config.User}}' "$image")" = 1654
check "the image exposes 5080 and declares /data a volume" \
  bash -c "podman image inspect --format '{{.Config.ExposedPorts}} {{.Config.Volumes}}' '$image' | grep -q '5080/tcp.*/data'"
run
check "it becomes ready" wait_ready "$url" 60
check "its HEALTHCHECK (backinstock health) says healthy" podman healthcheck run "$name"
check "the process runs as uid 1654" test "$(podman exec "$name" sh -c 'id -u')" = 1654
check "the dashboard is served to the host's browser at localhost" body_has "BackInStock" "$url/"
check "the demo page is served" status_is 200 "$url/demo/product.html"
check "a keyed API call creates a contact" \
  bash -c "curl -s -m 10 -H '$key' -H '$json' -d '{\"email\":\"image@example.com\"}' '$url/api/v3/contacts' > '$PWD/artifacts/container/contact.json'"
contact=$(sed -n 's/.*"id":"\([^"]*\)".*/\1/p' artifacts/container/contact.json)
check "the contact has an id" test -n "$contact"
check "the data file is in the /data volume" podman exec "$name" test -s /data/backinstock.db
check "a control-plane write from the host needs the admin key (403)" \
  status_is 403 -X PUT -H "$json" -d '{"advanceSeconds":60}' "$url/emulator/clock"
check "a name other than localhost is refused (400)" status_is 400 -H 'Host: rebound.example' "$url/emulator/health"
podman stop -t 10 "$name" > /dev/null 2>&1
check "the container stops on SIGTERM by itself (exit code 0, not killed)" test "$(podman inspect --format '{{.State.ExitCode}}' "$name")" = 0
podman rm -f "$name" > /dev/null 2>&1

run -e Gateway__AdminKey=image-test-admin-key
check "a new container on the same volume becomes ready" wait_ready "$url" 60
check "it still has the contact" status_is 200 -H "$key" "$url/api/v3/contacts/$contact"
check "with Gateway__AdminKey set, a control-plane write sending it is accepted" \
  status_is 200 -X PUT -H "$json" -H 'X-BackInStock-Admin-Key: image-test-admin-key' -d '{"advanceSeconds":60}' "$url/emulator/clock"
check "and one sending a wrong key is refused" \
  status_is 403 -X PUT -H "$json" -H 'X-BackInStock-Admin-Key: wrong' -d '{"advanceSeconds":60}' "$url/emulator/clock"
[ "$failed" -gt 0 ] && podman logs "$name" 2>&1 | tail -n 30 >&2

summary image-test

#!/usr/bin/env bash
# make dist: one single-file, self-contained executable per runtime identifier given (build/Distribution.targets),
# as artifacts/dist/backinstock-<rid>[.exe]. Every RID is tried; the ones that fail are named at the end.
set -uo pipefail
cd "$(dirname "$0")/.."

failed=()
for rid in "$@"; do
  out=artifacts/dist/$rid
  rm -rf "$out"
  start=$SECONDS
  if dotnet publish src/Gateway/BackInStock.Gateway.csproj -c Release -r "$rid" -p:Distribution=single-file -o "$out" --nologo -v quiet; then
    suffix=""
    [[ $rid == win-* ]] && suffix=.exe
    mv "$out/BackInStock.Gateway$suffix" "artifacts/dist/backinstock-$rid$suffix"
    rm -rf "$out"
    echo "dist: artifacts/dist/backinstock-$rid$suffix ($(du -h "artifacts/dist/backinstock-$rid$suffix" | cut -f1), $((SECONDS - start)) s)"
  else
    failed+=("$rid")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "dist: could not build ${failed[*]}" >&2
  exit 1
fi

#!/usr/bin/env bash
# Prints the mutation score of each file in Stryker's JSON report and fails when the whole is under
# BREAK (default 85) or any file is under FILE_BREAK (default 75). Score = (killed + timeout) /
# (killed + timeout + survived + no coverage); compile errors and ignored mutants do not count.
set -euo pipefail
report=${1:-artifacts/mutation/reports/mutation-report.json}
BREAK=${BREAK:-85}
FILE_BREAK=${FILE_BREAK:-75}
command -v jq >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null)
[ -f "$report" ] || { echo "no mutation report at $report" >&2; exit 2; }

jq -r --argjson fileBreak "$FILE_BREAK" --argjson limit "$BREAK" '
  def counts: reduce .[] as $m ({k:0,s:0,n:0};
      if ($m.status == "Killed" or $m.status == "Timeout") then .k += 1
      elif $m.status == "Survived" then .s += 1
      elif $m.status == "NoCoverage" then .n += 1 else . end);
  def score: if (.k + .s + .n) == 0 then 100 else (.k * 1000 / (.k + .s + .n) | floor) / 10 end;
  [ .files | to_entries[] | {file: (.key | sub(".*/src/Emulator/"; "")), c: (.value.mutants | counts)} ] as $files
  | ($files | map(.c) | {k: (map(.k) | add), s: (map(.s) | add), n: (map(.n) | add)}) as $all
  | "| file | killed | survived | no coverage | score |",
    "| --- | ---: | ---: | ---: | ---: |",
    ($files | map(select((.c.k + .c.s + .c.n) > 0)) | sort_by(.file)[] | "| \(.file) | \(.c.k) | \(.c.s) | \(.c.n) | \(.c | score)% |"),
    "| **all** | \($all.k) | \($all.s) | \($all.n) | **\($all | score)%** |",
    "",
    (($files | map(select((.c | score) < $fileBreak)) | map(.file)) as $low
      | if ($all | score) < $limit then "FAIL: the score \($all | score)% is under \($limit)%"
        elif ($low | length) > 0 then "FAIL: under \($fileBreak)%: \($low | join(", "))"
        else "OK: \($all | score)% overall, every file at \($fileBreak)% or more" end)
' "$report" | tee artifacts/mutation/scores.md
tail -n 1 artifacts/mutation/scores.md | grep -q '^OK'

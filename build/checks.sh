# Shared by the shell test scripts (dist-test.sh, image-test.sh): named checks, counted, and the summary
# line in dotnet test's form, which .ci/run adds to its totals.
passed=0
failed=0

# check "what must hold" command...: runs the command; its exit code passes or fails the check.
check() {
  local name=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "  ok    $name"
  else
    failed=$((failed + 1))
    echo "  FAIL  $name" >&2
  fi
}

# status_is CODE curl-arguments...: the HTTP status of one request (loopback only, 10 s at most).
status_is() {
  local expected=$1
  shift
  local actual
  actual=$(curl -s -o /dev/null -m 10 -w '%{http_code}' "$@")
  [ "$actual" = "$expected" ] || { echo "        expected HTTP $expected, got $actual: curl $*" >&2; return 1; }
}

# body_has TEXT curl-arguments...: the body of one request contains TEXT. The body is read whole first: piped
# into `grep -q`, which stops at the first match, curl could be cut off mid-body and, with pipefail, fail the check.
body_has() {
  local text=$1
  shift
  local body status
  body=$(curl -s -m 30 -w '\n%{http_code}' "$@") || true
  status=${body##*$'\n'}
  body=${body%$'\n'*}
  grep -qF -- "$text" <<<"$body" || { echo "        no '$text' in: curl $* (HTTP $status, ${#body} bytes: ${body:0:200})" >&2; return 1; }
}

# wait_ready URL SECONDS [PID]: /readyz answers 200 within SECONDS (and the process, if given, still runs).
wait_ready() {
  local url=$1 seconds=$2 pid=${3:-}
  local deadline=$((SECONDS + seconds))
  while [ $SECONDS -lt $deadline ]; do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url/readyz")" = 200 ] && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "        the process $pid ended before $url was ready" >&2
      return 1
    fi
    sleep 0.3
  done
  echo "        $url was not ready within $seconds s" >&2
  return 1
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# summary NAME: the totals line, then the exit code (non-zero when a check failed).
summary() {
  echo "$1: Failed: $failed, Passed: $passed, Skipped: 0, Total: $((passed + failed))"
  [ "$failed" -eq 0 ]
}

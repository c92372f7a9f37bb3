#!/usr/bin/env bash
# Everything `npm test` runs before jest — type check, lint, the Custom UI build then the offline
# Forge checks (which need the builds), Chromium for the browser tests — side by side, so CI's two
# cores both work. Each part's output is printed whole when it ends (never interleaved); the run
# fails, after all parts have ended, if any part failed.
set -uo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

part() {
  local name=$1
  shift
  local started=$SECONDS
  "$@" >"$logs/$name.log" 2>&1
  local rc=$?
  {
    echo "── $name ($((SECONDS - started)) s): $([ $rc = 0 ] && echo ok || echo "FAILED, exit $rc")"
    cat "$logs/$name.log"
  } >"$logs/$name.out"
  echo "$rc" >"$logs/$name.rc"
  cat "$logs/$name.out"
}

part typecheck npm run -s typecheck &
part lint npm run -s lint &
part ui bash -c 'npm run -s build:ui && npm run -s forge:check -- --require-builds' &
part chromium bash scripts/ensure-chromium.sh &
wait

failed=0
for rc in "$logs"/*.rc; do [ "$(cat "$rc")" = 0 ] || failed=1; done
[ $failed = 0 ] && echo "checks: passed" || echo "checks: FAILED (see above)"
exit $failed

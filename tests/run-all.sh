#!/usr/bin/env bash
# `npm test`: system check, type check, lint, build, unit and integration tests under Node, then
# end-to-end tests in Chromium. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/system-deps.sh

if ! node -e "require('better-sqlite3')(':memory:').close()" 2>/dev/null; then
  echo "better-sqlite3 är inte byggt för den här Node-versionen. Kör: npm rebuild better-sqlite3" >&2
  echo "better-sqlite3 is not built for this Node version. Run: npm rebuild better-sqlite3" >&2
  exit 1
fi

started=$SECONDS
step() { echo "== $1 ($((SECONDS - started)) s)"; }
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

# Runs the given commands side by side (each one core's work), then shows each one's output
# in order under its own heading; fails when any of them failed.
side_by_side() {
  local pids=() names=() status=0 i
  for i in "$@"; do
    names+=("$i")
    bash -c "$i" >"$results/side-${#names[@]}.log" 2>&1 &
    pids+=($!)
  done
  for i in "${!pids[@]}"; do
    local code=0
    wait "${pids[$i]}" || code=$?
    echo "-- ${names[$i]}"
    cat "$results/side-$((i + 1)).log"
    [ "$code" -eq 0 ] || status=$code
  done
  return "$status"
}

step "Typkontroll, lint och format / type check, lint and format (side by side)"
# Type check; type-checked lint rules, hooks and folder boundaries; Prettier, as the code is
# already formatted. Each is one process on one core.
side_by_side "npx tsc -b" "npm run lint --silent" "npm run format:check --silent -- --log-level warn"
step "Bygger gränssnittet och servern / building the renderer and the server"
side_by_side "npx vite build --logLevel warn" "node main/server/build.mjs"
# Every later step starts this build instead of building its own.
export SPALT_SERVER_BUILT=1
# The proofs run in lanes beside other work, each lane's output shown after that work.
# publish-faults waits out the faults it makes (a stall past the client's timeout, a
# Retry-After) and typing-loss types at a person's pace: that lane runs beside the unit and
# integration tests, which also mostly wait. hostile-input drives one browser, beside the other
# proofs once the tests are done.
proof_lane() {
  local name=$1
  shift
  SPALT_PROOFS_JSON="$results/proofs-$name.json" npx tsx tests/proofs/run.ts "$@" >"$results/proofs-$name.log" 2>&1
}
proof_lane waiting publish-faults typing-loss &
waiting_pid=$!
# A failed step ends the run; the proofs still going beside it (their runners and the proofs
# these started) end with it.
trap 'pkill -f "tests/proofs/" 2>/dev/null; rm -rf "$results"' EXIT
step "Enhets- och integrationstester, med bevis som mest väntar bredvid / unit and integration tests, the proofs that mostly wait beside them"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"
step "Bevis / proofs (tests/proofs)"
proof_lane browser hostile-input &
browser_pid=$!
mapfile -t other_proofs < <(ls tests/proofs/*.proof.ts | sed 's|.*/||; s|\.proof\.ts$||' | grep -vxF -e publish-faults -e typing-loss -e hostile-input)
proofs_status=0
SPALT_PROOFS_JSON="$results/proofs-others.json" npx tsx tests/proofs/run.ts "${other_proofs[@]}" || proofs_status=$?
for pid in "$waiting_pid" "$browser_pid"; do
  wait "$pid" || proofs_status=$?
done
for lane in waiting browser; do cat "$results/proofs-$lane.log"; done
node -e 'const fs = require("fs"); const read = (f) => (fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, "utf8")) : []);
fs.writeFileSync(process.argv[1], JSON.stringify(process.argv.slice(2).flatMap(read)));' \
  "$results/proofs.json" "$results/proofs-others.json" "$results/proofs-waiting.json" "$results/proofs-browser.json"
[ "$proofs_status" -eq 0 ] || exit "$proofs_status"
trap 'rm -rf "$results"' EXIT
step "End-to-end i Chromium / end to end in Chromium"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json

# The suite above ran against Debian's WordPress 6.1; every test that starts a WordPress
# (tests/wordpress/suite.mjs finds them by their imports) runs again against the current 7.1.
step "WordPress 7.1: samma WordPress-tester igen / the same WordPress tests again"
suite_vitest="$(node tests/wordpress/suite.mjs vitest)"
suite_e2e="$(node tests/wordpress/suite.mjs e2e)"
suite_proofs="$(node tests/wordpress/suite.mjs proofs)"
mapfile -t wordpress_vitest <<<"$suite_vitest"
mapfile -t wordpress_e2e <<<"$suite_e2e"
mapfile -t wordpress_proofs < <(sed 's|.*/||; s|\.proof\.ts$||' <<<"$suite_proofs")
if [ -z "$suite_vitest" ] || [ -z "$suite_e2e" ]; then
  echo "Hittade inga WordPress-tester att köra mot 7.1 / found no WordPress tests to run against 7.1 (tests/wordpress/suite.mjs)" >&2
  exit 1
fi
# The WordPress proofs spend most of their time waiting out the faults they make (a stall past
# the client's timeout, a Retry-After), so they run beside the integration tests, their output
# kept apart and shown after.
proofs_pid=""
if [ -n "$suite_proofs" ]; then
  SPALT_WORDPRESS=7.1 SPALT_PROOFS_JSON="$results/proofs-7.1.json" npx tsx tests/proofs/run.ts "${wordpress_proofs[@]}" \
    >"$results/proofs-7.1.log" 2>&1 &
  proofs_pid=$!
fi
SPALT_WORDPRESS=7.1 npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest-7.1.json" "${wordpress_vitest[@]}"
if [ -n "$proofs_pid" ]; then
  proofs_status=0
  wait "$proofs_pid" || proofs_status=$?
  cat "$results/proofs-7.1.log"
  [ "$proofs_status" -eq 0 ] || exit "$proofs_status"
fi
SPALT_WORDPRESS=7.1 PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright-7.1.json" npx playwright test --reporter=list,json "${wordpress_e2e[@]}"

node tests/summary.mjs "$results"
echo "Tid / time: $((SECONDS - started)) s"

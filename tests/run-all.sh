#!/usr/bin/env bash
# `npm test`: system check, type check, build, unit and integration tests under Node, then
# end-to-end tests in Chromium. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash tests/system-deps.sh

if ! node -e "require('better-sqlite3')(':memory:').close()" 2>/dev/null; then
  echo "better-sqlite3 är inte byggt för den här Node-versionen. Kör: npm rebuild better-sqlite3" >&2
  echo "better-sqlite3 is not built for this Node version. Run: npm rebuild better-sqlite3" >&2
  exit 1
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

echo "== Typkontroll / type check"
npx tsc -b
echo "== Bygger gränssnittet / building the renderer"
npx vite build --logLevel warn
echo "== Enhets- och integrationstester / unit and integration tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"
echo "== Bevis / proofs (tests/proofs)"
SPALT_PROOFS_JSON="$results/proofs.json" npx tsx tests/proofs/run.ts
echo "== End-to-end i Chromium / end to end in Chromium"
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" npx playwright test --reporter=list,json

node tests/summary.mjs "$results/vitest.json" "$results/playwright.json" "$results/proofs.json"

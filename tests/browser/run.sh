#!/usr/bin/env bash
# Browser tests against the running test stack (called by tests/run.sh). Installs the npm
# packages from the lock file on first use, and again when the lock file names one that is
# missing (playwright-core drives chromium; axe-core checks accessibility in the page). Prints "N passed, N failed" from the TAP summary.
set -uo pipefail
cd "$(dirname "$0")"
if [[ ! -d node_modules/playwright-core || ! -d node_modules/axe-core ]]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null || { echo "npm ci failed"; exit 1; }
fi
rm -f tap.out
node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination=tap.out ./*.test.mjs
rc=$?
pass=$(awk '/^# pass /{print $3}' tap.out 2>/dev/null)
fail=$(awk '/^# fail /{print $3}' tap.out 2>/dev/null)
echo "browser: ${pass:-0} passed, ${fail:-0} failed"
exit $rc

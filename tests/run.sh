#!/usr/bin/env bash
# Runs every test against a private stack (MariaDB, Redis, nginx, every FastCGI program)
# under var/test, started fresh and stopped at the end whatever happens: the GoogleTest
# binary (unit, integration, e2e), then the browser tests. Ends with one closing line
# "N passed, N failed" over both. Arguments go to the GoogleTest binary (e.g.
# --gtest_filter='Booking*'); SKIP_BROWSER=1 leaves the browser tests out.
set -uo pipefail
cd "$(dirname "$0")/.."
VAR=${YAOCAI_TEST_VAR:-$PWD/var/test}
export YAOCAI_TEST_VAR=$VAR YAOCAI_CONF=$VAR/app.conf YAOCAI_CONF_OVERLAY=$PWD/tests/support/test.conf

bin/stack --var "$VAR" stop >/dev/null 2>&1 || true
rm -rf "$VAR"
trap 'bin/stack --var "$VAR" stop >/dev/null 2>&1 || true' EXIT
bin/stack --var "$VAR" --port 0 start || { echo "test stack failed to start"; exit 1; }
bin/yaocai migrate >/dev/null || { echo "migrations failed"; exit 1; }

build/tests/yaocai-tests "$@" | tee "$VAR/gtest.out"
gtest_rc=${PIPESTATUS[0]}
read -r gpass gfail < <(awk '/^[0-9]+ passed, [0-9]+ failed/{print $1, $3}' "$VAR/gtest.out" | tail -1)

bpass=0 bfail=0 browser_rc=0
if [[ -z ${SKIP_BROWSER:-} && $# -eq 0 ]]; then
  tests/browser/run.sh | tee "$VAR/browser.out"
  browser_rc=${PIPESTATUS[0]}
  read -r bpass bfail < <(awk '/^browser: /{print $2, $4}' "$VAR/browser.out" | tail -1)
  ((browser_rc == 0)) || ((bfail > 0)) || bfail=1  # a runner that died counts as a failure
fi

echo
echo "$((${gpass:-0} + ${bpass:-0})) passed, $((${gfail:-0} + ${bfail:-0})) failed"
((gtest_rc == 0 && browser_rc == 0))

#!/usr/bin/env bash
# Runs the whole test binary against a private stack (MariaDB, Redis, nginx, every FastCGI
# program) under var/test, started fresh and stopped at the end whatever happens.
# Extra arguments go to the test binary (e.g. --gtest_filter=Booking*).
set -uo pipefail
cd "$(dirname "$0")/.."
VAR=${YAOCAI_TEST_VAR:-$PWD/var/test}
export YAOCAI_TEST_VAR=$VAR YAOCAI_CONF=$VAR/app.conf

bin/stack --var "$VAR" stop >/dev/null 2>&1 || true
rm -rf "$VAR"
trap 'bin/stack --var "$VAR" stop >/dev/null 2>&1 || true' EXIT
bin/stack --var "$VAR" --port 0 start || { echo "test stack failed to start"; exit 1; }
bin/yaocai migrate >/dev/null || { echo "migrations failed"; exit 1; }
build/tests/yaocai-tests "$@"

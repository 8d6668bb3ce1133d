#!/usr/bin/env bash
# make cluster-test: starts a fresh cluster (bin/cluster) under var/cluster-test on its own
# ports, runs the Cluster.* tests of the GoogleTest binary against it through the front nginx
# (freshness across hosts, races split across hosts, a Galera node and the Redis primary
# killed under load), prints their figures and stops the cluster whatever happens.
set -uo pipefail
cd "$(dirname "$0")/../.."
CVAR=${YAOCAI_CLUSTER_VAR:-$PWD/var/cluster-test}
BASE=${YAOCAI_CLUSTER_BASE:-19800}
export YAOCAI_CLUSTER_VAR=$CVAR YAOCAI_CLUSTER_BASE=$BASE

bin/cluster --var "$CVAR" --base "$BASE" stop >/dev/null 2>&1 || true
rm -rf "$CVAR"
trap 'bin/cluster --var "$CVAR" --base "$BASE" stop >/dev/null 2>&1 || true' EXIT
bin/cluster --var "$CVAR" --base "$BASE" start || { echo "cluster failed to start"; exit 1; }
# Every part up, each host's MQTT broker, yaocai-pushd and yaocai-watchd included.
bin/cluster --var "$CVAR" --base "$BASE" status || { echo "a part of the cluster is down"; exit 1; }

# The test binary talks to the front nginx (its "stack" URL) and, for its own fixtures, to the
# cluster's databases and Redis exactly as host a does.
mkdir -p "$CVAR/test"
echo "$BASE" >"$CVAR/test/port"
export YAOCAI_TEST_VAR=$CVAR/test YAOCAI_CONF=$CVAR/a/app.conf
build/tests/yaocai-tests --gtest_also_run_disabled_tests --gtest_filter='Cluster.*' "$@" |
  tee "$CVAR/gtest.out"
rc=${PIPESTATUS[0]}
echo
echo "Cluster figures:"
grep '^cluster: ' "$CVAR/gtest.out" | sed 's/^cluster: /  /'
exit "$rc"

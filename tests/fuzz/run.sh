#!/usr/bin/env bash
# Runs the libFuzzer harnesses built by `make fuzz-build` (build/fuzz/<name>, from
# tests/fuzz/<name>_fuzz.cc, ASan + UBSan + leak checks).
#   tests/fuzz/run.sh smoke      each harness over its seeds plus a fixed number of new inputs
#                                (what `make test` runs: seconds, not minutes)
#   tests/fuzz/run.sh SECONDS    each harness for SECONDS (`make fuzz`); new inputs are kept in
#                                var/fuzz/<name>/, crashes written to var/fuzz/crash-<name>-*
# Exit 1 on any crash, sanitizer report or leak.
set -uo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-smoke}
out=${VAR:-$PWD/var}/fuzz
mkdir -p "$out"
fail=0
for bin in build/fuzz/*; do
  [[ -x $bin ]] || continue
  name=${bin##*/}
  seeds=tests/fuzz/$name
  corpus=$out/$name
  mkdir -p "$corpus"
  args=(-artifact_prefix="$out/crash-$name-" -max_len=65536 -timeout=10 -rss_limit_mb=1024
    -print_final_stats=0)
  if [[ $mode == smoke ]]; then
    tmp=$(mktemp -d)
    "$bin" "${args[@]}" -runs=3000 -seed=1 "$tmp" "$seeds" >"$out/$name.log" 2>&1
    rc=$?
    rm -rf "$tmp"
  else
    "$bin" "${args[@]}" -max_total_time="$mode" "$corpus" "$seeds" >"$out/$name.log" 2>&1
    rc=$?
  fi
  if ((rc == 0)); then
    echo "fuzz $name: ok ($(grep -Eo '#[0-9]+' "$out/$name.log" | tail -1 | tr -d '#') runs)"
  else
    echo "fuzz $name: FAILED (exit $rc); see $out/$name.log"
    tail -n 30 "$out/$name.log" | sed 's/^/    /'
    fail=1
  fi
done
exit $fail

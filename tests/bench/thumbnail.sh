#!/usr/bin/env bash
# tests/bench/thumbnail.sh — the 300×300 list thumbnail of a generated 12-megapixel JPEG made
# by lib/image (bin/yaocai image thumb, whole process as an upload would run it) against
# Debian's vipsthumbnail making the same centre crop, in the same run. Prints both and the
# ratio (ours / vips: lower is better). RUNS (default 5) runs each, one after the other.
set -euo pipefail
ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd -P)
VAR=${VAR:-$ROOT/var}
RUNS=${RUNS:-5}
command -v vipsthumbnail >/dev/null || { echo "thumbnail bench: vipsthumbnail missing (libvips-tools)" >&2; exit 1; }
[[ -x $ROOT/build/bin/yaocai ]] || { echo "thumbnail bench: build first (make)" >&2; exit 1; }
if [[ -z ${YAOCAI_CONF:-} && -r $VAR/app.conf ]]; then export YAOCAI_CONF=$VAR/app.conf; fi
export YAOCAI_CONF=${YAOCAI_CONF:-$ROOT/conf/app.conf.example}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A 4000×3000 photo-like JPEG (noise compresses like real detail, unlike a flat colour).
vips gaussnoise "$tmp/noise.v" 4000 3000 --mean 128 --sigma 40
vips colourspace "$tmp/noise.v" "$tmp/photo.jpg[Q=90]" srgb 2>/dev/null ||
  vips copy "$tmp/noise.v" "$tmp/photo.jpg[Q=90]"
printf 'thumbnail of %s (%s bytes, 4000x3000), %d runs each\n' "photo.jpg" \
  "$(stat -c %s "$tmp/photo.jpg")" "$RUNS"

ms_now() { date +%s%N | awk '{ printf "%.3f", $1 / 1e6 }'; }
time_runs() { # command...
  local t0 t1
  t0=$(ms_now)
  for ((i = 0; i < RUNS; i++)); do "$@" >/dev/null; done
  t1=$(ms_now)
  awk -v a="$t0" -v b="$t1" -v n="$RUNS" 'BEGIN { printf "%.1f", (b - a) / n }'
}

ours=$(time_runs "$ROOT/build/bin/yaocai" image thumb "$tmp/photo.jpg" --use list --out "$tmp/ours.jpg")
vips=$(time_runs vipsthumbnail "$tmp/photo.jpg" -s 300x300 -m centre -o "$tmp/vips.jpg[Q=82]")
printf '%-34s %8s ms per thumbnail\n' 'lib/image (yaocai image thumb)' "$ours"
printf '%-34s %8s ms per thumbnail\n' 'vipsthumbnail -s 300x300 -m centre' "$vips"
awk -v a="$ours" -v b="$vips" 'BEGIN { printf "ratio lib/image / vipsthumbnail: %.2fx\n", (b > 0 ? a / b : 0) }'

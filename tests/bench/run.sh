#!/usr/bin/env bash
# tests/bench/run.sh — page throughput against nginx serving a static file of the same size.
#
#   tests/bench/run.sh [--var DIR] [-d SECONDS] [[USER:]URL...]      (default URLs: /healthz /)
#
# A URL given as USER:URL (e.g. bench0001:/my/purchases) is fetched logged in as that user:
# a session made by `bin/yaocai session USER` (needs YAOCAI_CONF, default <var>/app.conf).
#
# Needs the running local stack (bin/stack start); the port comes from <var>/port. For each
# URL the body is fetched once and stored as <var>/bench/<slug>.<ext>, which nginx serves at
# /bench-static/; then wrk (-t2 -c64 --latency) runs against the static twin and the page, one
# after the other, and a table shows the ratio, the page's p99 and the programs' memory.
#
# Environment: VAR (runtime dir, default <repo>/var), BENCH_DURATION (seconds per wrk run,
# default 5), BENCH_COOKIE (a Cookie header value, e.g. "yc_sid=...") sent with the URLs listed
# in BENCH_COOKIE_URLS (space-separated) for logged-in pages; those rows are marked "(login)".
# A URL may be in both lists: public pages are served from copies to visitors without a
# session (lib/core/page_copy.h), so both figures matter.
set -euo pipefail
shopt -s nullglob

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd -P)
VAR=${VAR:-$ROOT/var}
DURATION=${BENCH_DURATION:-5}
URLS=()
while (($#)); do
  case $1 in
    --var) VAR=$2; shift 2 ;;
    --var=*) VAR=${1#*=}; shift ;;
    -d) DURATION=$2; shift 2 ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "bench: unknown option $1" >&2; exit 2 ;;
    *) URLS+=("$1"); shift ;;
  esac
done
((${#URLS[@]})) || URLS=(/healthz /)
read -r -a COOKIE_URLS <<<"${BENCH_COOKIE_URLS:-}"
((${#COOKIE_URLS[@]} == 0)) || [[ -n ${BENCH_COOKIE:-} ]] ||
  { echo "bench: BENCH_COOKIE_URLS needs BENCH_COOKIE" >&2; exit 2; }

VAR=$(realpath -m -- "$VAR")
[[ $DURATION =~ ^[1-9][0-9]*$ ]] || { echo "bench: bad duration '$DURATION'" >&2; exit 2; }
PORT=$(cat "$VAR/port" 2>/dev/null) || { echo "bench: no $VAR/port; start the stack first" >&2; exit 1; }
BASE=http://127.0.0.1:$PORT
command -v wrk >/dev/null || { echo "bench: wrk is not installed" >&2; exit 1; }
mkdir -p "$VAR/bench"

# wrk output -> "req/s p99_ms non2xx"
wrk_run() { # url [header]
  local out
  out=$(timeout $((DURATION + 20)) wrk -t2 -c64 -d"${DURATION}s" --timeout 5s --latency \
    ${2:+-H "$2"} "$1" 2>&1) || { echo "bench: wrk failed on $1: $out" >&2; echo "0 0 0"; return; }
  awk '
    function ms(v) {
      if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0
      if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v + 0
    }
    /Requests\/sec:/ { rps = $2 }
    $1 == "99%" && !p99 { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    /Socket errors:/ { bad = bad " sockerr" }
    END { printf "%.0f %.2f %s\n", rps, p99, (bad == "" ? 0 : bad) }' <<<"$out"
}

printf 'wrk -t2 -c64 -d%ss against %s (%s)\n\n' "$DURATION" "$BASE" "$VAR"
printf '%-36s %6s %8s %11s %12s %8s %9s %10s\n' URL status bytes 'page req/s' 'static req/s' \
  page/st 'p99 page' 'p99 static'
# One session per USER of USER:URL arguments.
declare -A USER_COOKIE=()
user_cookie() { # user
  if [[ -z ${USER_COOKIE[$1]-} ]]; then
    USER_COOKIE[$1]=$(YAOCAI_CONF=${YAOCAI_CONF:-$VAR/app.conf} "$ROOT/bin/yaocai" session "$1") ||
      { echo "bench: cannot log in as $1" >&2; exit 1; }
  fi
  printf '%s' "${USER_COOKIE[$1]}"
}

# One row per URL: anonymous ones first, then the logged-in ones.
JOBS=()
for url in "${URLS[@]}"; do
  if [[ $url =~ ^([A-Za-z0-9_]+):(/.*)$ ]]; then
    user_cookie "${BASH_REMATCH[1]}" >/dev/null
    JOBS+=("${BASH_REMATCH[1]}|${BASH_REMATCH[2]}")
  else
    JOBS+=("-|$url")
  fi
done
for url in "${COOKIE_URLS[@]}"; do JOBS+=("c|$url"); done
for job in "${JOBS[@]}"; do
  url=${job#*|}
  header= label=$url
  case ${job%%|*} in
    -) ;;
    c)
      header="Cookie: $BENCH_COOKIE"
      label="$url (login)"
      ;;
    *)
      header="Cookie: ${USER_COOKIE[${job%%|*}]}"
      label="$url (${job%%|*})"
      ;;
  esac
  body=$(mktemp)
  meta=$(curl -sS -o "$body" -w '%{http_code} %{size_download} %{content_type}' \
    ${header:+-H "$header"} "$BASE$url") || meta="000 0 -"
  read -r status bytes ctype <<<"$meta"
  slug=${label#/}
  slug=${slug//[^A-Za-z0-9]/_}
  [[ -n $slug ]] || slug=root
  case $ctype in
    *json*) ext=json ;;
    *) ext=html ;;
  esac
  # The twin is the page's own body: same size, same type.
  mv -f "$body" "$VAR/bench/$slug.$ext"
  chmod 644 "$VAR/bench/$slug.$ext"
  read -r s_rps s_p99 s_bad < <(wrk_run "$BASE/bench-static/$slug.$ext")
  read -r p_rps p_p99 p_bad < <(wrk_run "$BASE$url" "$header")
  ratio=$(awk -v p="$p_rps" -v s="$s_rps" 'BEGIN { printf "%.2f", (s > 0 ? p / s : 0) }')
  note=
  [[ $status == 2* ]] || note+="  (status $status)"
  [[ $p_bad == 0 ]] || note+="  (page non-2xx/3xx or errors: $p_bad)"
  [[ $s_bad == 0 ]] || note+="  (static errors: $s_bad)"
  printf '%-36s %6s %8s %11s %12s %7sx %6s ms %7s ms%s\n' "$label" "$status" "$bytes" "$p_rps" \
    "$s_rps" "$ratio" "$p_p99" "$s_p99" "$note"
done

# RSS counts every shared library page a process has touched, though all ~40 programs share
# them; PSS divides shared pages among their users: what the process adds to the machine.
printf '\n%-28s %8s %9s %9s\n' 'FastCGI process' pid 'RSS MiB' 'PSS MiB'
# The pid files name each program's supervisor (multiwatch): the programs are its children.
workers() { # pid
  local kids
  kids=$(cat /proc/"$1"/task/*/children 2>/dev/null)
  echo "${kids:-$1}"
}
for pidfile in "$VAR"/run/fcgi/*.pid; do
  name=$(basename "$pidfile" .pid)
  for pid in $(for sup in $(cat "$pidfile"); do workers "$sup"; done); do
    read -r rss pss < <(awk '/^Rss:/ { r = $2 } /^Pss:/ { p = $2 } END { print r, p }' \
      "/proc/$pid/smaps_rollup" 2>/dev/null) || rss=
    if [[ -n $rss ]]; then
      printf '%-28s %8s %9.1f %9.1f%s\n' "$name" "$pid" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" \
        "$(awk -v k="$pss" 'BEGIN { print k / 1024 }')" "$( ((rss > 10240)) && echo '  RSS over 10 MiB')"
    else
      printf '%-28s %8s %9s\n' "$name" "$pid" 'not running'
    fi
  done
done
printf '\ntargets: list pages >= 0.50x static; p99 < 10 ms at 64 connections; < 10 MiB RSS per process\n'

printf '\n'
"$ROOT/tests/bench/thumbnail.sh" || echo "thumbnail bench failed" >&2

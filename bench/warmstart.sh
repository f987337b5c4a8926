#!/usr/bin/env bash
# Warm start: are the first searches after a start as fast as a running site's?
# For each variant (environment settings of the runtime) and launch: the site is started as published,
# timed to its first successful search and to /readyz answering 200; then 500 searches of every class
# mixed (bench/queries.tsv shuffled, every URL new) are timed one at a time on one connection; then the
# site is warmed for WARM_SECONDS under load (wrk, 8 connections, the same mix) and 500 more are timed
# the same way: the steady state. Prints both p50/p95/p99 and the ratio of the p99s.
# Usage: bench/warmstart.sh [paragraphs]   (default: 1000000)
# Knobs: LAUNCHES (3), SEARCHES (500), WARM_SECONDS (30),
#        VARIANTS ("default|DOTNET_TieredPGO=0|DOTNET_TieredCompilation=0|DOTNET_ReadyToRun=0": '|' between
#        variants, ',' between the settings of one).
source "$(dirname "$0")/lib.sh"
need wrk:wrk curl:curl python3:python3
n="${1:-1000000}"
launches="${LAUNCHES:-3}"
searches="${SEARCHES:-500}"
warm_seconds="${WARM_SECONDS:-30}"
IFS='|' read -r -a variants <<<"${VARIANTS:-default|DOTNET_TieredPGO=0|DOTNET_TieredCompilation=0|DOTNET_ReadyToRun=0}"

machine
build_release
data="$(data_for "$n")"
trap stop_web EXIT
trap 'exit 143' TERM INT
# One client address, many requests: the per-client limit off, and a queue longer than the connections.
export Archive__Limits__ClientBurst=0 Archive__Limits__SearchQueue=64

# The mix for the warm-up under load: every query of every class, as paths for rotate.lua.
python3 - "$BENCH/queries.tsv" >"$WORK/mixed-paths.txt" <<'PY'
import sys, urllib.parse
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        c = line.rstrip("\n").split("\t") + [""] * 5
        q = {"q": c[1], **{k: v for k, v in (("from", c[2]), ("to", c[3]), ("venue", c[4])) if v}}
        print("/api/search?" + urllib.parse.urlencode(q))
PY

result() { awk -v key="$1" '/^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) print kv[2] } }' "$2"; }

echo "## warm start ($n paragraphs): $searches searches one at a time after the start, then after ${warm_seconds} s under load"
echo "| variant | launch | start to first search ms | start to ready ms | first $searches: p50 | p95 | p99 | max | steady: p50 | p95 | p99 | p99 first/steady | load |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for variant in "${variants[@]}"; do
    settings=()
    [[ "$variant" != default ]] && IFS=',' read -r -a settings <<<"$variant"
    for ((launch = 1; launch <= launches; launch++)); do
        for s in "${settings[@]}"; do export "${s?}"; done
        start=$(date +%s%N)
        start_web "$data" >"$WORK/start.out"
        first=$(sed 's/[^0-9]//g' "$WORK/start.out")
        until answers_200 "$WEB_PORT" /readyz; do pause 0.01; done
        ready=$((($(date +%s%N) - start) / 1000000))
        for s in "${settings[@]}"; do unset "${s%%=*}"; done
        TIMES_OUT="$WORK/warmstart-first-$launch.txt" python3 "$BENCH/timed_searches.py" "http://127.0.0.1:$WEB_PORT" "$BENCH/queries.tsv" "$searches" "first$launch" "$launch" >"$WORK/first.out"
        wrk -t2 -c8 -d"${warm_seconds}s" -s "$BENCH/rotate.lua" "http://127.0.0.1:$WEB_PORT" -- file "$WORK/mixed-paths.txt" fresh >/dev/null 2>&1
        TIMES_OUT="$WORK/warmstart-steady-$launch.txt" python3 "$BENCH/timed_searches.py" "http://127.0.0.1:$WEB_PORT" "$BENCH/queries.tsv" "$searches" "steady$launch" "$launch" >"$WORK/steady.out"
        stop_web
        awk -v v="$variant" -v l="$launch" -v s="$first" -v r="$ready" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
            -v f50="$(result p50 "$WORK/first.out")" -v f95="$(result p95 "$WORK/first.out")" -v f99="$(result p99 "$WORK/first.out")" -v fmax="$(result max "$WORK/first.out")" \
            -v s50="$(result p50 "$WORK/steady.out")" -v s95="$(result p95 "$WORK/steady.out")" -v s99="$(result p99 "$WORK/steady.out")" 'BEGIN {
            printf "| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %s |\n", v, l, s, r, f50, f95, f99, fmax, s50, s95, s99, f99 / s99, load }'
    done
done

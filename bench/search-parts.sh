#!/usr/bin/env bash
# What each hand-written part of the search engine pays under load (docs/performance.md, "Hand-written
# parts and what they pay"). One published site per variant, all started at once on ports of their own,
# with Archive__Search__… set: "all" (SearchEngineOptions.Default), "stock" (everything through Lucene),
# and "no-X", every part but X. Then, round after round, for each query class of bench/queries.tsv and
# each connection count, every variant in turn gets the same wrk run over /api/search (every URL new):
# the variants meet the shared machine's noise alike, and the ratios of one round are same-run ratios.
# Prints requests/s and p50/p99 per class per variant, with the load average of each block.
# Usage: bench/search-parts.sh [paragraphs]   (default 1000000)
# Knobs: ROUNDS (2), DURATION (4s per run, after a 1-second warm-up), CONNECTIONS ("8 64"),
#        VARIANTS (names below), DATA (an imported folder instead of data_for's), PARTS_PORT (18701: first port).
# The search limiter is as configured (two searches at once on two cores) but its queue is long enough
# that no request is refused, and the per-client limit is off: every client here is 127.0.0.1.
source "$(dirname "$0")/lib.sh"
need wrk:wrk curl:curl
n="${1:-1000000}"
rounds="${ROUNDS:-2}"
duration="${DURATION:-4s}"
connections="${CONNECTIONS:-8 64}"
first_port="${PARTS_PORT:-18701}"

declare -A settings=(
    [all]=""
    [stock]="Archive__Search__Stock=true"
    [no-ParallelParts]="Archive__Search__ParallelParts=false"
    [no-TermBatches]="Archive__Search__TermBatches=false"
    [no-QuotationWords]="Archive__Search__QuotationWords=false"
    [no-TopScores]="Archive__Search__TopScores=false"
    [no-PhraseRescoring]="Archive__Search__PhraseRescoring=false"
    [no-PackedFacetValues]="Archive__Search__PackedFacetValues=false"
    [no-SnippetMaker]="Archive__Search__SnippetMaker=false"
    [no-PositionalReads]="Archive__Search__PositionalReads=false"
    [no-PhrasePairs]="Archive__Search__PhrasePairs=false"
)
read -r -a variants <<<"${VARIANTS:-all stock no-ParallelParts no-TermBatches no-QuotationWords no-TopScores no-PhraseRescoring no-PackedFacetValues no-SnippetMaker no-PositionalReads no-PhrasePairs}"

machine
build_release
data="${DATA:-$(data_for "$n")}"
echo "data: $data ($(grep -o '"paragraphs": *[0-9]*' "$data/manifest.json" | grep -o '[0-9]*$') paragraphs)"

declare -A port pid
stop_all() {
    for v in "${!pid[@]}"; do kill "${pid[$v]}" 2>/dev/null || true; done
    for v in "${!pid[@]}"; do wait "${pid[$v]}" 2>/dev/null || true; done
}
trap stop_all EXIT
i=0
for v in "${variants[@]}"; do
    port[$v]=$((first_port + i))
    i=$((i + 1))
    # shellcheck disable=SC2086
    (cd "$(dirname "$WEB_DLL")" && exec env Archive__Limits__SearchQueue=1000 Archive__Limits__ClientBurst=0 ${settings[$v]} \
        dotnet "$WEB_DLL" --data "$data" --urls "http://127.0.0.1:${port[$v]}" >"$WORK/web-$v.log" 2>&1) &
    pid[$v]=$!
done
for v in "${variants[@]}"; do
    until curl -fs -o /dev/null "http://127.0.0.1:${port[$v]}/api/search?q=government"; do
        kill -0 "${pid[$v]}" 2>/dev/null || { tail -20 "$WORK/web-$v.log"; exit 1; }
        sleep 0.2
    done
    wait_ready "${port[$v]}"
done
echo "every variant answers; each: ${settings[*]:-}"

classes="$(grep -v '^#' "$BENCH/queries.tsv" | cut -f1 | uniq)"
echo "| round | class | connections | variant | requests/s | p50 ms | p99 ms | requests | errors | load (1 min) |"
echo "| ---: | --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for round in $(seq 1 "$rounds"); do
    for c in $connections; do
        for class in $classes; do
            for v in "${variants[@]}"; do
                url="http://127.0.0.1:${port[$v]}"
                wrk -t2 -c"$c" -d1s -s "$BENCH/rotate.lua" "$url" -- queries "$BENCH/queries.tsv" "$class" /api/search fresh >/dev/null 2>&1 || true
                wrk -t2 -c"$c" -d"$duration" --timeout 10s -s "$BENCH/rotate.lua" "$url" -- queries "$BENCH/queries.tsv" "$class" /api/search fresh >"$WORK/wrk-parts.out" 2>&1 || { cat "$WORK/wrk-parts.out"; exit 1; }
                awk -v r="$round" -v cl="$class" -v c="$c" -v v="$v" -v load="$(cut -d' ' -f1 /proc/loadavg)" '/^RESULT/ {
                    for (i = 2; i <= NF; i++) { split($i, kv, "="); x[kv[1]] = kv[2] }
                    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", r, cl, c, v, x["requests/s"], x["p50"], x["p99"], x["requests"], x["errors"], load
                }' "$WORK/wrk-parts.out"
            done
        done
    done
done

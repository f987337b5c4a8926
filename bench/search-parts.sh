#!/usr/bin/env bash
# What each hand-written part of the search engine pays under load: the published site started once
# per variant (Archive__Search__… set: every part, stock Lucene, every part but one), each query class
# of bench/queries.tsv at 8 and 64 connections with wrk over /api/search (every URL new), printing
# requests/s and p99 per class per variant. Variants run interleaved, ROUNDS times, so that the
# shared machine's noise falls on all of them alike; compare figures of one round (same-run ratios).
# Usage: bench/search-parts.sh [paragraphs]   (default 1000000)
# Knobs: ROUNDS (2), DURATION (4s per run, after lib.sh's 3-second warm-up), CONNECTIONS ("8 64"),
#        VARIANTS (names below), DATA (an imported folder to use instead of data_for).
# The search limiter is left as configured (two searches at once on two cores) but its queue made
# long enough that no request is refused, and the per-client limit is off: every client is 127.0.0.1.
source "$(dirname "$0")/lib.sh"
need wrk:wrk curl:curl
n="${1:-1000000}"
WEB_PORT="${WEB_PORT:-18701}"
rounds="${ROUNDS:-2}"
duration="${DURATION:-4s}"
connections="${CONNECTIONS:-8 64}"

# name -> settings (environment assignments); "all" is SearchEngineOptions.Default, "stock" everything through Lucene.
declare -A settings=(
    [all]=""
    [stock]="Archive__Search__Stock=true"
    [no-ParallelParts]="Archive__Search__ParallelParts=false"
    [no-TermBatches]="Archive__Search__TermBatches=false"
    [no-InOrderScoring]="Archive__Search__InOrderScoring=false"
    [no-QuotationWords]="Archive__Search__QuotationWords=false"
    [no-TopScores]="Archive__Search__TopScores=false"
    [no-PhraseRescoring]="Archive__Search__PhraseRescoring=false"
    [no-PackedFacetValues]="Archive__Search__PackedFacetValues=false"
    [no-SnippetMaker]="Archive__Search__SnippetMaker=false"
    [no-PositionalReads]="Archive__Search__PositionalReads=false"
)
variants="${VARIANTS:-all stock no-ParallelParts no-TermBatches no-InOrderScoring no-QuotationWords no-TopScores no-PhraseRescoring no-PackedFacetValues no-SnippetMaker no-PositionalReads}"

machine
build_release
data="${DATA:-$(data_for "$n")}"
trap stop_web EXIT
echo "data: $data ($(grep -o '"paragraphs": *[0-9]*' "$data/manifest.json" | grep -o '[0-9]*$' || echo '?') paragraphs)"

classes="$(grep -v '^#' "$BENCH/queries.tsv" | cut -f1 | uniq)"
for round in $(seq 1 "$rounds"); do
    for variant in $variants; do
        echo "## round $round, variant $variant (${settings[$variant]:-defaults}); load $(cut -d' ' -f1-3 /proc/loadavg)"
        # shellcheck disable=SC2086
        export Archive__Limits__SearchQueue=1000 Archive__Limits__ClientBurst=0 ${settings[$variant]}
        start_web "$data"
        echo "| variant | class | connections | requests/s | p50 ms | p95 ms | p99 ms | requests | errors |"
        echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
        for c in $connections; do
            for class in $classes; do
                WRK_ARGS="-t2 -c$c -d$duration" load "$variant | $class | $c" "http://127.0.0.1:$WEB_PORT" queries "$BENCH/queries.tsv" "$class" /api/search fresh
            done
        done
        stop_web
        # shellcheck disable=SC2086
        unset ${settings[$variant]%%=*} Archive__Limits__SearchQueue Archive__Limits__ClientBurst
    done
done

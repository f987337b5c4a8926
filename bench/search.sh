#!/usr/bin/env bash
# Search benchmark: p50, p95, p99 per query class, in process against SQLite FTS5 (bm25) on the same
# paragraphs; then both engines over HTTP under load, in the same run: the site's /api/search and FTS5
# behind the same Kestrel stack (bench/Archive.Bench.Fts5Web), one wrk run per class and engine rotating
# the class's queries, every URL new, after a warm-up of that class, at each connection count.
# Usage: bench/search.sh [paragraphs]   (default: 1000000)
# Knobs: CONNECTIONS ("8 64"), SECONDS_PER_RUN (15), WARM_UP_SECONDS (8), ROUNDS (in process, 100),
#        SKIP_IN_PROCESS=1, CLASSES ("rare-word common-word ...": a subset).
source "$(dirname "$0")/lib.sh"
need wrk:wrk curl:curl
n="${1:-1000000}"
connections="${CONNECTIONS:-8 64}"
seconds="${SECONDS_PER_RUN:-15}"
warm_up="${WARM_UP_SECONDS:-8}"

machine
build_release
data="$(data_for "$n")"
trap 'stop_web; stop_fts5' EXIT
trap 'exit 143' TERM INT

if [[ -z "${SKIP_IN_PROCESS:-}" ]]; then
    echo "## search in process ($n paragraphs)"
    run dotnet "$SEARCH_BENCH" --data "$data" --queries "$BENCH/queries.tsv" --sqlite "$data.fts5.db" --rounds "${ROUNDS:-100}"
    echo
fi

# The load comes from one address and is meant to queue, not to be refused: the site's per-client limit
# off, and both engines' search queues (one search per core runs; the rest wait, oldest first) longer
# than the connections.
export Archive__Limits__ClientBurst=0 Archive__Limits__SearchQueue=1024
start_web "$data"
wait_ready
start_fts5 "$data" --Limits:SearchQueue=1024
echo "FTS5 behind the same stack answering at http://127.0.0.1:$FTS5_PORT (pid $FTS5_PID)"

# figures ENGINE-URL CLASS CONNECTIONS: one bounded wrk run; prints "requests/s p50 p95 p99 requests errors".
figures() {
    local url="$1" class="$2" c="$3"
    wrk -t2 -c"$c" -d"${seconds}s" --timeout 30s -s "$BENCH/rotate.lua" "$url" -- queries "$BENCH/queries.tsv" "$class" /api/search fresh \
        >"$WORK/wrk.out" 2>&1 || { cat "$WORK/wrk.out" >&2; return 1; }
    awk '/^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        print v["requests/s"], v["p50"], v["p95"], v["p99"], v["requests"], v["errors"] }' "$WORK/wrk.out"
}

warm() {
    wrk -t2 -c"$2" -d"${warm_up}s" --timeout 30s -s "$BENCH/rotate.lua" "$1" -- queries "$BENCH/queries.tsv" "$3" /api/search fresh >/dev/null 2>&1 || true
}

archive="http://127.0.0.1:$WEB_PORT"
fts5="http://127.0.0.1:$FTS5_PORT"
classes="${CLASSES:-$(grep -v '^#' "$BENCH/queries.tsv" | cut -f1 | uniq | tr '\n' ' ')}"
for c in $connections; do
    echo
    echo "## search over HTTP under load ($n paragraphs): wrk -t2 -c$c -d${seconds}s per class and engine, after ${warm_up} s of"
    echo "## the class on each; /api/search, the class's queries rotating, every URL new (a parameter no page reads);"
    echo "## the engines take turns, the first alternating from class to class. Load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "| class | archive req/s | p50 ms | p95 ms | p99 ms | FTS5 req/s | p50 ms | p95 ms | p99 ms | p99 archive/FTS5 | req/s archive/FTS5 | errors (archive, FTS5) | load |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    turn=0
    for class in $classes; do
        if ((turn % 2 == 0)); then
            warm "$archive" "$c" "$class"; a=$(figures "$archive" "$class" "$c")
            warm "$fts5" "$c" "$class"; f=$(figures "$fts5" "$class" "$c")
        else
            warm "$fts5" "$c" "$class"; f=$(figures "$fts5" "$class" "$c")
            warm "$archive" "$c" "$class"; a=$(figures "$archive" "$class" "$c")
        fi
        turn=$((turn + 1))
        # shellcheck disable=SC2086
        set -- $a $f
        awk -v class="$class" -v load="$(cut -d' ' -f1 /proc/loadavg)" -v ar="$1" -v a50="$2" -v a95="$3" -v a99="$4" -v ae="$6" \
            -v fr="$7" -v f50="$8" -v f95="$9" -v f99="${10}" -v fe="${12}" 'BEGIN {
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %.2f | %.2f | %s, %s | %s |\n",
                class, ar, a50, a95, a99, fr, f50, f95, f99, a99 / f99, ar / fr, ae, fe, load }'
    done
done
echo
echo "resident memory after the load: site $(rss_mb "$WEB_PID"), FTS5 server $(rss_mb "$FTS5_PID")"
